/**
 * What the Slack desk's delivery guarantees cost. A backlog of customer messages relayed into a
 * handoff thread is drained through the outbox (started/confirmed bookkeeping, ordering, outbox
 * marks, all on SQLite with synchronous=FULL) to a local fake of Slack's Web API, and compared
 * with the same number of bare chat.postMessage calls from the same WebClient to the same fake.
 * Agent replies are timed end to end: a signed event over HTTP to the Bolt receiver until the
 * reply is committed and queued for the customer (processBeforeResponse: the 200 means done).
 *
 * Target: `ratio` = per-post time through the outbox / bare per-post time <= 5. Real Slack allows
 * about one post per second per channel and answers in ~100 ms, so even 5x a local call is noise.
 */
import { percentile, writeResult } from './result';
import { SlackApi } from '../channels/slack/slack-api';
import { CHANNEL, TOKEN, openSlackWorld } from '../testing/slack-world';

const BACKLOG = 300;
const REPLIES = 100;

const world = await openSlackWorld();
try {
  const ref = 'bench-session';
  const turn = await world.customer('转人工', ref);
  await world.drain();
  const threadTs = await world.threadOf(turn.conversationId);
  for (let i = 0; i < BACKLOG; i++) await world.customer(`第 ${i} 条消息：还在等师傅上门`, ref);

  const t0 = performance.now();
  let delivered = 0;
  while (delivered < BACKLOG) delivered += await world.drain();
  const outboxMs = performance.now() - t0;
  const inOrder = world.slack.replies(threadTs).every((m, i) => m.text.includes(`第 ${i} 条`));

  const bare = new SlackApi({ token: TOKEN, apiUrl: world.slack.url });
  const t1 = performance.now();
  for (let i = 0; i < BACKLOG; i++) await bare.post({ channel: CHANNEL, threadTs, text: `bare ${i}` });
  const bareMs = performance.now() - t1;

  await world.click('takeOver', turn.conversationId);
  const latencies: number[] = [];
  for (let i = 0; i < REPLIES; i++) {
    const start = performance.now();
    const answer = await world.agentSays(`回复 ${i}`, threadTs);
    if (answer.status !== 200) throw new Error(`agent reply ${i} answered ${answer.status}`);
    latencies.push(performance.now() - start);
  }

  const perPost = outboxMs / BACKLOG;
  const perBare = bareMs / BACKLOG;
  const ratio = perPost / perBare;
  writeResult('slack-desk', {
    ratio,
    target: { description: 'per-post time through the outbox / bare WebClient post to the same fake <= 5', maxRatio: 5 },
    met: ratio <= 5 && inOrder,
    figures: {
      backlogPosts: BACKLOG,
      backlogDrainMs: Math.round(outboxMs),
      outboxPostMs: +perPost.toFixed(2),
      barePostMs: +perBare.toFixed(2),
      outboxPostsPerSecond: Math.round(1000 / perPost),
      deliveredInOrder: inOrder,
      agentReplies: REPLIES,
      agentReplyP50Ms: +percentile(latencies, 50).toFixed(2),
      agentReplyP95Ms: +percentile(latencies, 95).toFixed(2),
    },
  });
} finally {
  await world.close();
}
