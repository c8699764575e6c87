/**
 * Composition root for the conversation core: turns a `Config` into a ready `AfterSalesBot` with
 * its desk, knowledge base, receipt reader and brain. The CLI, the web server and the channel
 * adapters all start the bot through here.
 */
import { AgentPresence } from '../agent-desk/agent-presence';
import { DeskAvailability } from '../agent-desk/desk-availability';
import { DeskLive } from '../agent-desk/desk-live';
import { WEB_DESK } from '../agent-desk/web-desk-handoff';
import { SLACK_DESK } from '../channels/slack/desk-payloads';
import { WECOM_DESK } from '../channels/wecom/wecom-handoff';
import type { Brain } from '../bot/brain';
import { HandoffRoutes } from '../bot/handoff';
import { OfflineUnderstanding } from '../bot/offline-understanding';
import { HandoffDesk } from '../bot/handoff-desk';
import { imageReach } from '../bot/outbound-image';
import { AfterSalesBot } from '../bot/pipeline';
import type { SmsSender } from '../bot/sms-sender';
import { TicketLinks } from '../bot/ticket-links';
import { createTools } from '../bot/tools';
import { AbuseGuard } from '../bot/tools/abuse-limits';
import { HttpSmsSender } from '../channels/sms/http-sms-sender';
import { LogSmsSender } from '../channels/sms/log-sms-sender';
import { BotKnowledgeSearch } from '../knowledge/bot-knowledge-search';
import type { KnowledgeBase } from '../knowledge/knowledge-base';
import type { KnowledgeLog } from '../knowledge/knowledge-log';
import { systemClock, type Clock } from '../kernel/clock';
import { PolicyWarrantyCheck } from '../ocr/policy-warranty-check';
import { FileReceiptScanner } from '../ocr/receipt-scanner';
import type { TesseractReceiptReader } from '../ocr/tesseract-receipt-reader';
import type { CallIntake } from '../bot/calls/call-intake';
import { createBrain } from './brain';
import { createCallIntake } from './calls';
import type { Config } from './config';
import { openDesk, slaPolicyFrom } from './desk';
import { openKnowledgeFromConfig } from './knowledge';
import { followSharedKnowledge } from './shared-knowledge';
import type { Desk } from '../storage/desk';
import { createReceiptReader } from './receipts';
import { warrantyDeps } from './warranty';

export interface Assistant {
  bot: AfterSalesBot;
  /** What people do with handed-off conversations (the built-in desk and Slack drive it). */
  handoffs: HandoffDesk;
  /** The desks handoffs go to: the built-in desk always, Slack when configured. */
  routes: HandoffRoutes;
  /** Who has the built-in desk open (the bot's honest word about the wait reads it). */
  presence: AgentPresence;
  /** Changes the built-in desk's open pages are told of. */
  deskLive: DeskLive;
  /** Finished phone calls in: customer, analysis, ticket (the voice CLI and webhook use it). */
  calls: CallIntake;
  clock: Clock;
  config: Config;
  desk: Desk;
  knowledge: KnowledgeBase;
  understanding: OfflineUnderstanding;
  brain: Brain;
  receiptReader: TesseractReceiptReader;
  /** Where one-time codes and ticket links go (the log unless SMS_WEBHOOK_URL is set). */
  sms: SmsSender;
  /** Tickets' secret links: sent when filed, opened in the web chat. */
  links: TicketLinks;
  close(): Promise<void>;
}

export interface AssistantOptions {
  clock?: Clock;
  log?: KnowledgeLog;
  onError?: (error: unknown, context: Record<string, unknown>) => void;
  /** Where the log-only SMS sender writes (default: stderr). */
  onSmsLog?: (line: string) => void;
  /** Another SMS sender (tests and the security eval read the codes from one). */
  sms?: SmsSender;
}

const quietLog: KnowledgeLog = { info: () => undefined, warn: (message) => console.error(message) };

export async function openAssistant(config: Config, options: AssistantOptions = {}): Promise<Assistant> {
  const clock = options.clock ?? systemClock;
  const desk = await openDesk(config, clock);
  try {
    const knowledge = await openKnowledgeFromConfig(config, options.log ?? quietLog, { store: desk.knowledgeCases });
    const stopKnowledgeRefresh = followSharedKnowledge(desk, knowledge, (error) => options.onError?.(error, { step: 'knowledge_refresh' }));
    const understanding = new OfflineUnderstanding(config.timeZone);
    const receiptReader = createReceiptReader(config);
    const sms = options.sms ?? smsSenderFrom(config, options.onSmsLog ?? ((line) => console.error(line)));
    const guard = new AbuseGuard(desk.attempts, config.abuse);
    const smsFailed = (error: unknown) => options.onError?.(error, { step: 'sms' });
    const links = new TicketLinks({
      tickets: desk.tickets,
      access: desk.access,
      guard,
      sms,
      publicUrl: config.web.publicUrl ?? `http://localhost:${config.port}`,
      onError: smsFailed,
    });
    const tools = createTools({
      tickets: desk.tickets,
      customers: desk.customers,
      knowledge: new BotKnowledgeSearch(knowledge),
      warranty: new PolicyWarrantyCheck(warrantyDeps(config, clock)),
      access: desk.access,
      guard,
      sms,
      links,
      onError: smsFailed,
      sla: slaPolicyFrom(config),
    });
    const brain = await createBrain(config, {
      onFallback: (event) => options.onError?.(new Error(`LLM brain fell back: ${event.reason} ${event.code ?? ''} ${event.message}`), { fallback: event.reason }),
      // Arguments are left out: they may quote the customer.
      onDropped: (dropped) => options.onError?.(new Error(`LLM tool calls dropped: ${dropped.map((d) => `${d.name}: ${d.reason}`).join('; ')}`), { dropped: dropped.length }),
    });
    const routes = new HandoffRoutes([WEB_DESK, ...(config.slack.botToken ? [SLACK_DESK] : []), ...(config.wecom.corpId && config.wecom.handoff ? [WECOM_DESK] : [])]);
    const deskLive = new DeskLive(desk.live);
    // Rosters travel on the live bus, so the wait the bot promises counts agents at every instance.
    const presence = new AgentPresence(clock, undefined, { bus: desk.live });
    const unitOfWork = <T>(work: () => Promise<T>) => desk.unitOfWork(work);
    const bot = new AfterSalesBot({
      conversations: desk.conversations,
      customers: desk.customers,
      tickets: desk.tickets,
      tools,
      brain,
      understanding,
      receipts: new FileReceiptScanner(receiptReader, !config.uploads.keep),
      clock,
      unitOfWork,
      onError: options.onError,
      handoffs: routes,
      availability: new DeskAvailability(presence, desk.handoffQueue, clock, !!config.slack.botToken),
    });
    return {
      bot,
      handoffs: new HandoffDesk({
        conversations: desk.conversations,
        tickets: desk.tickets,
        clock,
        routes,
        unitOfWork,
        imageReach: imageReach({ officialAccount: config.wechat.officialAccount.accountKind }),
      }),
      routes,
      presence,
      deskLive,
      calls: createCallIntake(config, desk, clock),
      clock,
      config,
      desk,
      knowledge,
      understanding,
      brain,
      receiptReader,
      sms,
      links,
      close: async () => {
        (brain as { shutdown?: () => void }).shutdown?.();
        stopKnowledgeRefresh();
        presence.close();
        await knowledge.close();
        await receiptReader.close();
        await desk.close();
      },
    };
  } catch (error) {
    await desk.close();
    throw error;
  }
}

/** An SMS gateway when one is configured; otherwise the log (nothing reaches a phone). */
function smsSenderFrom(config: Config, log: (line: string) => void): SmsSender {
  return config.sms.webhookUrl ? new HttpSmsSender({ url: config.sms.webhookUrl, token: config.sms.webhookToken }) : new LogSmsSender(log);
}
