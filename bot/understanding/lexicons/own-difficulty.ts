/**
 * The customer's own difficulty with the chat, not a fault of any product: weak eyes or ears, not
 * being able to type, being old or not at home with phones ("我眼神不行 打字也慢", "I can hardly read the
 * screen, my eyes are poor"). Said when asking for a person, it is why they want one: no ticket's
 * problem and no feeling about us (its 不好, 不行 are not complaints).
 *
 * Where the words come from: written by the team from how older customers and their families
 * explain, in appliance and phone after-sales chats, why they want a person. No entry was taken
 * from or checked against a scored dataset.
 */
export const OWN_DIFFICULTY = new RegExp(
  [
    // eyes and reading
    String.raw`(?:眼睛|眼神|视力|老花|耳朵|听力)(?:也|都|有点|不太|太)?(?:不好|不行|差|花了?|看不清|不太好使|不好使)`,
    String.raw`我(?:都|也)?看不(?:清|见|太清)(?:楚)?(?:字|(?:屏幕|手机)上?的?字|上面的字|屏幕(?=$|[，,。！!？?\s]))`,
    String.raw`(?:字|屏幕上的字)(?:太小|小了)(?:看不清)?`,
    // typing
    String.raw`(?:不会|不太会|不方便|没法|很难|不好)打字`,
    String.raw`打字(?:也|都)?(?:打)?(?:不来|不好|不了|不会|太慢|很慢|慢|费劲|困难|不方便)`,
    String.raw`字(?:也|都)?打不(?:来|好|了|出来)`,
    String.raw`不(?:认|识)(?:得|识)?字`,
    // age and phones
    String.raw`(?:年纪|岁数)(?:也)?大了|上了(?:年纪|岁数)`,
    String.raw`(?:不会|不太会)(?:用|玩)(?:手机|电脑|微信|这个)`,
    String.raw`(?:手机|电脑|微信)(?:我)?(?:用不来|玩不转|不会用)`,
    // English
    String.raw`\b(?:my )?eyes(?:ight)? (?:is|are) (?:not (?:good|great|what (?:it|they) used to be)|bad|poor|weak|failing)\b`,
    String.raw`\b(?:my )?(?:poor|bad|weak|failing) eyesight\b`,
    String.raw`\bi can(?:not|'t|’t| barely| hardly) (?:see|read) (?:the |this |my )?(?:screen|text|words|letters|small print)\b`,
    String.raw`\bi can(?:not|'t|’t| barely| hardly) (?:type|text)\b`,
    String.raw`\btyping is (?:hard|difficult|slow) for me\b`,
    String.raw`\bi(?:'m|’m| am) (?:not good|no good|hopeless|bad) (?:with|at) (?:phones|computers|typing|technology|tech|chat)\b`,
    String.raw`\bi(?:'m|’m| am) (?:\d{2} years old|\d{2}|old|elderly|an old (?:man|woman|lady))\b(?! (?:days|hours|minutes))`,
  ].join('|'),
  'gi',
);
