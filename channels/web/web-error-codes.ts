/**
 * The codes the web chat API answers errors with (`{ error: { code, message } }`), once: the
 * server's `WebError` and `sendError` take only these, and the widget's texts for a visitor are
 * keyed by them. The widget reads the texts from GET /api/web/error-texts and names the codes it
 * raises itself through the `WidgetErrorCode` type (its JSDoc is type-checked against this file,
 * tsconfig.widget.json), so a code renamed here fails the type check instead of going silent.
 */

export const WEB_ERROR_CODES = [
  'bad_path',
  'body_too_large',
  'image_too_many_pixels',
  'image_unreadable',
  'internal',
  'invalid_body',
  'invalid_json',
  'invalid_text',
  'invalid_utf8',
  'link_invalid',
  'message_too_long',
  'no_survey_pending',
  'not_found',
  'origin_forbidden',
  'origin_required',
  'rate_limited',
  'session_invalid',
  'session_required',
  'too_many_attempts',
  'too_many_sessions',
  'too_many_streams',
  'unsupported_content_type',
  'unsupported_image_type',
  'upload_empty',
  'upload_too_large',
] as const;
export type WebErrorCode = (typeof WEB_ERROR_CODES)[number];

interface Bilingual {
  zh: string;
  en: string;
}

/**
 * What the widget tells a visitor for the codes a visitor can meet and act on. The others (a
 * forbidden origin, a malformed request) are the integrator's to fix: the widget shows the
 * server's own bilingual message for them.
 */
export const WIDGET_ERROR_TEXT = {
  rate_limited: { zh: '操作太频繁了，请稍等片刻再试。', en: 'Too many requests; please wait a moment.' },
  unsupported_image_type: { zh: '仅支持 JPEG、PNG、WebP 照片。', en: 'Only JPEG, PNG or WebP photos are accepted.' },
  upload_too_large: { zh: '照片太大了，请压缩后再上传。', en: 'The photo is too large; please compress it.' },
  image_too_many_pixels: { zh: '图片尺寸过大，请缩小后再上传。', en: 'The picture is too large in pixels; please shrink it.' },
  image_unreadable: { zh: '图片已损坏或不完整，请重新拍摄。', en: 'The picture is damaged or incomplete; please take it again.' },
  upload_empty: { zh: '请选择一张照片。', en: 'Please choose a photo.' },
  message_too_long: { zh: '消息太长了，请分几次发送。', en: 'That message is too long; please split it.' },
  no_survey_pending: { zh: '当前没有待评价的服务。', en: 'There is nothing to rate right now.' },
  too_many_sessions: { zh: '当前咨询人数较多，请稍后再试。', en: 'We are very busy; please try again shortly.' },
  too_many_streams: { zh: '当前咨询人数较多，请稍后再试。', en: 'We are very busy; please try again shortly.' },
  link_invalid: { zh: '这个工单链接无效或已失效，请在对话里发送工单号查询。', en: 'This ticket link is not valid any more; send the ticket number in the chat instead.' },
  too_many_attempts: { zh: '尝试次数过多，请一小时后再试。', en: 'Too many attempts; please try again in an hour.' },
} as const satisfies Partial<Record<WebErrorCode, Bilingual>>;
export type WidgetErrorCode = keyof typeof WIDGET_ERROR_TEXT;

/** The body of GET /api/web/error-texts: per language, code -> text. */
export function widgetErrorTexts(): Record<'zh' | 'en', Record<WidgetErrorCode, string>> {
  const pick = (lang: 'zh' | 'en') => Object.fromEntries(Object.entries(WIDGET_ERROR_TEXT).map(([code, text]) => [code, text[lang]])) as Record<WidgetErrorCode, string>;
  return { zh: pick('zh'), en: pick('en') };
}
