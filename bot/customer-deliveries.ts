/**
 * Where messages to customers wait in the outbox, and the key of a turn's reply there. Kept apart
 * from the Channel port so the pipeline, the stores and the channels share them without a cycle.
 */
/** Outbox destination for messages to customers on one channel: `customer:web`, `customer:wechat`... */
export function customerDestination(channel: string): string {
  return `customer:${channel}`;
}

/**
 * The outbox item of the reply to one inbound message (one per message: a turn has one reply).
 * The channel that gives the reply inline marks this item delivered; a redelivery of the message
 * finds out from it whether its reply was ever sent.
 */
export function replyDeliveryKey(channel: string, channelMessageId: string): string {
  return `reply:${channel}:${channelMessageId}`;
}
