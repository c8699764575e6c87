/**
 * Filing a phone call (read + normalise the transcript, analyse it offline, resolve the customer,
 * create the ticket with its note and the calls row, all in one transaction) against the bare
 * minimum any call needs: a ticket create plus a note on the same desk. Side by side in one run.
 * Target: a filed call costs at most 3x that bare ticket + note, so the analysis and the
 * once-only record never become the bottleneck of a call-centre export.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyzeCall } from '../bot/calls/call-analysis';
import { CallIntake } from '../bot/calls/call-intake';
import { listTranscriptFiles, readTranscriptFile } from '../channels/voice/read-folder';
import { systemClock } from '../kernel/clock';
import { openSqliteDesk } from '../storage/sqlite/open-desk';
import { DEFAULT_SLA } from '../tickets/sla';
import { percentile, writeResult } from './result';

const N = Number(process.argv[2] ?? 300);
const ROUNDS = 3;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-voice-'));
const files = listTranscriptFiles(path.join(import.meta.dirname, '../test/fixtures/calls/transcripts')).filter((f) => !f.includes('malformed'));
const settings = { clock: systemClock, sla: DEFAULT_SLA, timeZone: 'Asia/Shanghai' };

async function bare(round: number): Promise<number> {
  const desk = await openSqliteDesk(path.join(dir, `bare-${round}.db`), settings);
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    const customer = await desk.customers.resolve({ channel: 'voice', externalId: `1380000${String(i).padStart(4, '0')}` });
    const { ticket } = await desk.tickets.create(
      { customerId: customer.id, channel: 'voice', type: 'repair_request', priority: 'P2', symptom: `symptom ${i}` },
      { actor: 'voice', idempotencyKey: `b-${i}` },
    );
    await desk.tickets.addNote(ticket.id, 'voice', `call ${i}`);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await desk.close();
  return N / seconds;
}

async function calls(round: number): Promise<number> {
  const desk = await openSqliteDesk(path.join(dir, `calls-${round}.db`), settings);
  const intake = new CallIntake({ customers: desk.customers, tickets: desk.tickets, calls: desk.calls, clock: systemClock, timeZone: 'Asia/Shanghai' });
  const start = process.hrtime.bigint();
  for (let i = 0; i < N; i++) {
    const call = readTranscriptFile(files[i % files.length]!);
    // A distinct call from a distinct caller each time, so every call files a new ticket.
    await intake.file({ ...call, callId: `${call.callId}-${round}-${i}`, callerNumber: `1390000${String(i).padStart(4, '0')}` });
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await desk.close();
  return N / seconds;
}

// The analysis alone (no database), per call.
const analysisMs: number[] = [];
for (let i = 0; i < N; i++) {
  const call = readTranscriptFile(files[i % files.length]!);
  const start = process.hrtime.bigint();
  analyzeCall(call, { today: '2026-11-24' });
  analysisMs.push(Number(process.hrtime.bigint() - start) / 1e6);
}

const bareRates: number[] = [];
const callRates: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  bareRates.push(await bare(round));
  callRates.push(await calls(round));
  console.log(`round ${round + 1}: ticket+note ${bareRates.at(-1)!.toFixed(0)}/s, filed calls ${callRates.at(-1)!.toFixed(0)}/s`);
}
fs.rmSync(dir, { recursive: true, force: true });

const ratio = Math.max(...bareRates) / Math.max(...callRates);
writeResult('voice', {
  ratio,
  target: { description: 'filing a call costs at most 3x a bare ticket create + note', maxRatio: 3 },
  met: ratio <= 3,
  figures: {
    callsPerRound: N,
    rounds: ROUNDS,
    fixtureCalls: files.length,
    ticketPlusNotePerSecond: bareRates.map(Math.round),
    filedCallsPerSecond: callRates.map(Math.round),
    analysisMsP50: Number(percentile(analysisMs, 50).toFixed(2)),
    analysisMsP95: Number(percentile(analysisMs, 95).toFixed(2)),
  },
});
