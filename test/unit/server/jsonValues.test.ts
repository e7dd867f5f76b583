/**
 * The JSON objects a message method takes beside its text, as the server reads them
 * (`playground/server/jsonValues.ts`, ported from Client.cpp): through the stand-in's path
 * (`firstRefusal`, the request's texts) and the validator; exact strings.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { validateCall } from "../../../playground/call/validate";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { JSON_VALUE_KINDS } from "../../../playground/server/rareKinds";
import { MAX_CUSTOM_EMOJI_IDS, MAX_RAW_TEXT_BYTES } from "../../../playground/server/jsonValues";
import { readingRule } from "../../../playground/server/readingRules";
import { firstRefusal, readingsOf, SERVER_METHODS } from "../../../playground/server/readings";
import { serverSlice } from "../../../playground/server/slices";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const send = (args: Record<string, string>) => firstRefusal("sendMessage", { chat_id: "1", text: "hi", ...args });

describe("get_link_preview_options", () => {
  it("takes an object of booleans and a url; nothing is the legacy flag", () => {
    expect(send({ link_preview_options: "" })).toBeUndefined();
    expect(send({ link_preview_options: '{"is_disabled":true,"url":5}' })).toBeUndefined();
    expect(send({ link_preview_options: "{" })).toBe("Bad Request: can't parse link preview options JSON object");
    expect(send({ link_preview_options: "[]" })).toBe("Bad Request: object expected as link preview options");
    expect(send({ link_preview_options: '{"is_disabled":"true"}' })).toBe('Bad Request: field "is_disabled" must be of type Boolean');
    expect(send({ link_preview_options: '{"url":null}' })).toBe('Bad Request: field "url" must be of type String');
    expect(send({ link_preview_options: '{"url":"https://gramio.dev","show_above_text":1}' })).toBe('Bad Request: field "show_above_text" must be of type Boolean');
  });
});

describe("get_reply_parameters", () => {
  it("is no reply with no fields, and needs message_id with any", () => {
    expect(send({ reply_parameters: "{}" })).toBeUndefined();
    expect(send({ reply_parameters: '{"message_id":"5","chat_id":-100}' })).toBeUndefined();
    expect(send({ reply_parameters: '{"quote":"hi"}' })).toBe('Bad Request: can\'t find field "message_id"');
    expect(send({ reply_parameters: '{"chat_id":[],"quote":"hi"}' })).toBe('Bad Request: field "chat_id" must be of type String');
    expect(send({ reply_parameters: '{"message_id":1.5}' })).toBe('Bad Request: field "message_id" must be a valid Number');
    expect(send({ reply_parameters: '{"message_id":2147483648}' })).toBe('Bad Request: field "message_id" must be a valid Number');
    expect(send({ reply_parameters: "5" })).toBe("Bad Request: object expected as reply parameters");
    // Newer than the source read: not checked.
    expect(send({ reply_parameters: '{"ephemeral_message_id":5}' })).toBeUndefined();
  });

  it("reads the quote as get_formatted_text does: its bytes, then its parse mode when there is a quote", () => {
    expect(send({ reply_parameters: JSON.stringify({ message_id: 1, quote: "é".repeat(MAX_RAW_TEXT_BYTES / 2) }) })).toBeUndefined();
    expect(send({ reply_parameters: JSON.stringify({ message_id: 1, quote: "é".repeat(MAX_RAW_TEXT_BYTES / 2 + 1) }) })).toBe("Bad Request: text is too long");
    expect(send({ reply_parameters: '{"message_id":1,"quote":"hi","quote_parse_mode":"md"}' })).toBe("Bad Request: unsupported parse_mode");
    expect(send({ reply_parameters: '{"message_id":1,"quote":"hi","quote_parse_mode":"html"}' })).toBeUndefined();
    expect(send({ reply_parameters: '{"message_id":1,"quote_parse_mode":"md"}' })).toBeUndefined();
    expect(send({ reply_parameters: '{"message_id":1,"quote_position":"x"}' })).toBe('Bad Request: field "quote_position" must be a valid Number');
    expect(send({ reply_parameters: '{"message_id":1,"poll_option_id":true}' })).toBe('Bad Request: field "poll_option_id" must be of type String');
  });

  it("reads the quote's entities as get_text_entity does when no parse mode makes them, each refusal after “Can't parse MessageEntity: ”", () => {
    expect(send({ reply_parameters: JSON.stringify({ message_id: 1, quote: "hi", quote_entities: [{ offset: 0, length: 1, type: "bold" }] }) })).toBeUndefined();
    expect(send({ reply_parameters: JSON.stringify({ message_id: 1, quote: "hi", quote_entities: [{ offset: 0, length: 1, type: "blink" }] }) })).toBe("Bad Request: can't parse MessageEntity: Unsupported type specified");
    expect(send({ reply_parameters: JSON.stringify({ message_id: 1, quote: "hi", quote_entities: [{ offset: 0, type: "bold" }] }) })).toBe('Bad Request: can\'t parse MessageEntity: Can\'t find field "length"');
    // With a parse mode the entities are not read; anything but a list is ignored.
    expect(send({ reply_parameters: JSON.stringify({ message_id: 1, quote: "hi", quote_parse_mode: "HTML", quote_entities: [5] }) })).toBeUndefined();
    expect(send({ reply_parameters: JSON.stringify({ message_id: 1, quote: "hi", quote_entities: { type: "blink" } }) })).toBeUndefined();
    const issues = validateCall(serverSlice(schema, "sendMessage"), { chat_id: 1, text: "hi", reply_parameters: { message_id: 1, quote: "hi", quote_entities: [{ offset: 0, length: 1, type: "blink" }] } });
    expect(issues.map((i) => [i.path, i.severity])).toEqual([["reply_parameters.quote_entities[0].type", "error"]]);
  });

  it("shows its refusal at the field, in words", () => {
    const issues = validateCall(serverSlice(schema, "sendMessage"), { chat_id: 1, text: "hi", reply_parameters: { quote: "hi" } });
    expect(issues).toEqual([
      {
        path: "reply_parameters.message_id",
        severity: "error",
        message: 'reply_parameters.message_id: is needed when reply_parameters has any other field (ephemeral_message_id instead, to reply to an ephemeral message). The server answers “Bad Request: can\'t find field "message_id"”.',
      },
    ]);
  });
});

describe("get_input_suggested_post_info", () => {
  it("takes a send date and a price in XTR, or in TON in whole hundredths", () => {
    expect(send({ suggested_post_parameters: '{"send_date":1767225600,"price":{"currency":"XTR","amount":50}}' })).toBeUndefined();
    expect(send({ suggested_post_parameters: '{"price":{"currency":"TON","amount":"20000000"}}' })).toBeUndefined();
    expect(send({ suggested_post_parameters: '{"price":{"currency":"TON","amount":15000000}}' })).toBe("Bad Request: suggested post price must be divisible by 10000000 nanotoncoins");
    expect(send({ suggested_post_parameters: '{"price":{"currency":"USD","amount":1}}' })).toBe("Bad Request: invalid suggested post price currency specified");
    expect(send({ suggested_post_parameters: '{"price":{"amount":1}}' })).toBe('Bad Request: can\'t find field "currency"');
    expect(send({ suggested_post_parameters: '{"price":{"currency":"XTR"}}' })).toBe('Bad Request: can\'t find field "amount"');
    expect(send({ suggested_post_parameters: '{"price":null}' })).toBe('Bad Request: field "price" must be of type Object');
    expect(send({ suggested_post_parameters: '{"send_date":"soon"}' })).toBe('Bad Request: field "send_date" must be a valid Number');
    expect(send({ suggested_post_parameters: "[]" })).toBe("Bad Request: object expected as suggested post parameters");
  });

  it("places a price's refusal at the price's field", () => {
    const issues = validateCall(serverSlice(schema, "sendMessage"), { chat_id: 1, text: "hi", suggested_post_parameters: { price: { currency: "TON", amount: 5 } } });
    expect(issues).toEqual([
      {
        path: "suggested_post_parameters.price.amount",
        severity: "error",
        message: "suggested_post_parameters.price.amount: is in nanotoncoins and must be a whole multiple of 10,000,000 (0.01 TON); 5 is not. The server answers “Bad Request: suggested post price must be divisible by 10000000 nanotoncoins”.",
      },
    ]);
  });
});

describe("every reading of these values", () => {
  it("is read by its port, and its page lists the parse refusal first", () => {
    const helpers = { get_link_preview_options: "link_preview_options", get_reply_parameters: "reply_parameters", get_input_suggested_post_info: "suggested_post" } as const;
    let count = 0;
    for (const m of SERVER_METHODS)
      for (const r of readingsOf(m) ?? []) {
        const helper = /^Client\.cpp:\d+ (\w+)/.exec(r.source)?.[1] as keyof typeof helpers | undefined;
        if (!helper || !(helper in helpers) || !r.json) continue;
        expect(r.kind, `${m}.${r.param}`).toBe(helpers[helper]);
        expect(JSON_VALUE_KINDS).toContain(r.kind);
        count++;
      }
    expect(count).toBeGreaterThanOrEqual(40);
    const rule = readingRule(serverSlice(schema, "sendMessage").readings!.suggested_post_parameters!, "suggested_post_parameters");
    expect(rule.refusals.slice(0, 2)).toEqual([
      { when: "is not JSON", answer: "Bad Request: can't parse suggested post parameters JSON object" },
      { when: "is not an object", answer: "Bad Request: object expected as suggested post parameters" },
    ]);
  });
});

describe("the other JSON values with readers of their own", () => {
  const refusal = (method: string, args: Record<string, string>) => firstRefusal(method, args);

  it("savePreparedKeyboardButton's button: get_keyboard_button, after the parser took even empty text", () => {
    expect(refusal("savePreparedKeyboardButton", { user_id: "1", button: "" })).toBe("Bad Request: can't parse keyboard button JSON object");
    expect(refusal("savePreparedKeyboardButton", { user_id: "1", button: '"Hi"' })).toBeUndefined();
    expect(refusal("savePreparedKeyboardButton", { user_id: "1", button: '{"text":"Pick","request_users":{}}' })).toBe('Bad Request: can\'t parse keyboard button: Can\'t find field "request_id"');
  });

  it("setMyDefaultAdministratorRights' rights: an object of booleans", () => {
    expect(refusal("setMyDefaultAdministratorRights", { rights: '{"can_manage_chat":true}' })).toBeUndefined();
    expect(refusal("setMyDefaultAdministratorRights", { rights: "[]" })).toBe("Bad Request: chatAdministratorRights must be an Object");
    expect(refusal("setMyDefaultAdministratorRights", { rights: '{"can_pin_messages":"yes"}' })).toBe('Bad Request: field "can_pin_messages" must be of type Boolean');
  });

  it("setMyCommands' commands: a list of objects with text fields (td's checks of the text are the object rules')", () => {
    expect(refusal("setMyCommands", { commands: '[{"command":"start","description":"Start"}]' })).toBeUndefined();
    expect(refusal("setMyCommands", { commands: "{}" })).toBe("Bad Request: expected an Array of BotCommand");
    expect(refusal("setMyCommands", { commands: '["start"]' })).toBe("Bad Request: can't parse BotCommand: expected an Object");
    expect(refusal("setMyCommands", { commands: '[{"command":"start"}]' })).toBe('Bad Request: can\'t parse BotCommand: Can\'t find field "description"');
    const issues = validateCall(serverSlice(schema, "setMyCommands"), { commands: [{ command: "start", description: "Start" }, { command: "help" }] });
    expect(issues.filter((i) => i.severity === "error")).toEqual([
      {
        path: "commands[1].description",
        severity: "error",
        message: 'commands[1].description: is required. The server answers “Bad Request: can\'t parse BotCommand: Can\'t find field "description"”.',
      },
    ]);
  });

  it("setMessageReaction's reaction: emoji or custom emoji", () => {
    expect(refusal("setMessageReaction", { chat_id: "1", message_id: "2", reaction: '[{"type":"emoji","emoji":"👍"}]' })).toBeUndefined();
    expect(refusal("setMessageReaction", { chat_id: "1", message_id: "2", reaction: '{"type":"emoji"}' })).toBe("Bad Request: expected an Array of ReactionType");
    expect(refusal("setMessageReaction", { chat_id: "1", message_id: "2", reaction: '[{"type":"paid"}]' })).toBe("Bad Request: can't parse ReactionType: invalid reaction type specified");
    expect(refusal("setMessageReaction", { chat_id: "1", message_id: "2", reaction: '[{"type":"custom_emoji","custom_emoji_id":"x"}]' })).toBe(
      'Bad Request: can\'t parse ReactionType: Field "custom_emoji_id" must be a valid Number',
    );
  });

  it("setChatMenuButton's menu_button: default, commands or a Web App with its text and url", () => {
    expect(refusal("setChatMenuButton", { menu_button: '{"type":"commands"}' })).toBeUndefined();
    expect(refusal("setChatMenuButton", { menu_button: '{"type":"web_app","text":"Open","web_app":{"url":"https://gramio.dev"}}' })).toBeUndefined();
    expect(refusal("setChatMenuButton", { menu_button: "[]" })).toBe("Bad Request: can't parse menu button: MenuButton must be an Object");
    expect(refusal("setChatMenuButton", { menu_button: '{"type":"app"}' })).toBe("Bad Request: can't parse menu button: MenuButton has unsupported type");
    expect(refusal("setChatMenuButton", { menu_button: '{"type":"web_app","text":"Open"}' })).toBe('Bad Request: can\'t parse menu button: Can\'t find field "web_app"');
  });

  it("setBusinessAccountGiftSettings' accepted_gift_types: four required booleans", () => {
    const gifts = (types: string) => refusal("setBusinessAccountGiftSettings", { business_connection_id: "b", show_gift_button: "true", accepted_gift_types: types });
    expect(gifts("")).toBe("Bad Request: accepted gift types aren't specified");
    expect(gifts('{"unlimited_gifts":true,"limited_gifts":false,"unique_gifts":true,"premium_subscription":false}')).toBeUndefined();
    expect(gifts('{"unlimited_gifts":true,"limited_gifts":false,"unique_gifts":true}')).toBe('Bad Request: can\'t find field "premium_subscription"');
    expect(gifts('{"unlimited_gifts":1}')).toBe('Bad Request: field "unlimited_gifts" must be of type Boolean');
    expect(gifts('{"unlimited_gifts":true,"limited_gifts":false,"unique_gifts":true,"premium_subscription":false,"gifts_from_channels":null}')).toBe(
      'Bad Request: field "gifts_from_channels" must be of type Boolean',
    );
  });
});

describe("sendChatAction's action (get_chat_action)", () => {
  const action = (value: string) => firstRefusal("sendChatAction", { chat_id: "1", action: value });

  it("takes the actions in any case of A-Z, and the older names", () => {
    expect(action("typing")).toBeUndefined();
    expect(action("UPLOAD_Photo")).toBeUndefined();
    expect(action("record_audio")).toBeUndefined();
    expect(action("")).toBe("Bad Request: wrong parameter action in request");
    expect(action("typing ")).toBe("Bad Request: wrong parameter action in request");
    // td lower-cases A-Z only: the Kelvin sign is not a k to it, though JavaScript folds it.
    expect(action("pic\u212A_up_location")).toBe("Bad Request: wrong parameter action in request");
    expect(action("PICK_UP_LOCATION")).toBeUndefined();
  });

  it("says what it reads another name as", () => {
    const slice = serverSlice(schema, "sendChatAction");
    expect(validateCall(slice, { chat_id: 1, action: "record_audio" })).toEqual([
      { path: "action", severity: "warning", message: "action: the server reads “record_audio” as record_voice; GramIO's types take “record_voice”." },
    ]);
    expect(validateCall(slice, { chat_id: 1, action: "dancing" }).map((i) => i.message)).toEqual([
      "action: is not an action the server knows (cancel, typing, record_video, upload_video, record_voice, upload_voice, upload_photo, upload_document, choose_sticker, find_location, record_video_note, upload_video_note; any case). The server answers “Bad Request: wrong parameter action in request”.",
    ]);
  });
});

describe("sendInvoice's and createInvoiceLink's prices (get_labeled_price_parts)", () => {
  const invoice = (prices: string) => firstRefusal("sendInvoice", { chat_id: "1", title: "T", description: "D", payload: "P", currency: "XTR", prices });

  it("needs a non-empty list of labeled prices", () => {
    expect(invoice("")).toBe('Bad Request: parameter "prices" is required');
    expect(invoice("[")).toBe("Bad Request: can't parse prices JSON object");
    expect(invoice("[]")).toBe("Bad Request: there must be at least one price");
    expect(invoice('{"label":"A","amount":1}')).toBe("Bad Request: expected an Array of labeled prices");
    expect(invoice('["A"]')).toBe("Bad Request: can't parse labeled price: LabeledPrice must be an Object");
    expect(invoice('[{"label":"","amount":1}]')).toBe("Bad Request: can't parse labeled price: LabeledPrice label must be non-empty");
    expect(invoice('[{"label":"A"}]')).toBe('Bad Request: can\'t parse labeled price: Can\'t find field "amount"');
    expect(invoice('[{"label":"A","amount":"1.5"}]')).toBe('Bad Request: can\'t parse labeled price: Field "amount" must be a valid Number');
    expect(invoice('[{"label":"A","amount":"100"},{"label":5,"amount":-1}]')).toBeUndefined();
    expect(firstRefusal("createInvoiceLink", { title: "T", description: "D", payload: "P", currency: "XTR", prices: "[]" })).toBe("Bad Request: there must be at least one price");
  });

  it("lists the required answer first on the page", () => {
    const rule = readingRule(serverSlice(schema, "sendInvoice").readings!.prices!, "prices");
    expect(rule.refusals.slice(0, 3)).toEqual([
      { when: "is empty", answer: 'Bad Request: parameter "prices" is required' },
      { when: "is not JSON", answer: "Bad Request: can't parse prices JSON object" },
      { when: "is not a list", answer: "Bad Request: expected an Array of labeled prices" },
    ]);
  });
});

describe("answerShippingQuery's shipping_options (get_shipping_options), read when ok is true", () => {
  const answer = (shipping_options: string | undefined, ok = "true") => firstRefusal("answerShippingQuery", { shipping_query_id: "1", ok, error_message: "Sorry", ...(shipping_options === undefined ? {} : { shipping_options }) });
  const option = (fields: object) => JSON.stringify([{ id: "a", title: "A", prices: [{ label: "L", amount: 1 }], ...fields }]);

  it("needs a non-empty list of options, each with an id, a title and prices", () => {
    expect(answer(undefined)).toBe('Bad Request: parameter "shipping_options" is required');
    expect(answer(undefined, "false")).toBeUndefined();
    expect(answer("[", "false")).toBeUndefined();
    expect(answer("[")).toBe("Bad Request: can't parse shipping options JSON object");
    expect(answer("{}")).toBe("Bad Request: expected an Array of shipping options");
    expect(answer("[]")).toBe("Bad Request: there must be at least one shipping option");
    expect(answer("[1]")).toBe("Bad Request: can't parse shipping option: ShippingOption must be an Object");
    expect(answer(option({ id: "" }))).toBe("Bad Request: can't parse shipping option: ShippingOption identifier must be non-empty");
    expect(answer(option({ title: "" }))).toBe("Bad Request: can't parse shipping option: ShippingOption title must be non-empty");
    expect(answer(option({ title: [] }))).toBe('Bad Request: can\'t parse shipping option: Field "title" must be of type String');
    expect(answer(option({ prices: {} }))).toBe('Bad Request: can\'t parse shipping option: Field "prices" must be of type Array');
    expect(answer(option({ prices: [] }))).toBe("Bad Request: can't parse shipping option: Can't parse shipping option prices: There must be at least one price");
    expect(answer(option({ prices: [{ label: "", amount: 1 }] }))).toBe("Bad Request: can't parse shipping option: Can't parse shipping option prices: Can't parse labeled price: LabeledPrice label must be non-empty");
    expect(answer(option({ id: 7 }))).toBeUndefined();
  });

  it("places a refusal inside the value for the form", () => {
    const issues = validateCall(serverSlice(schema, "answerShippingQuery"), { shipping_query_id: "1", ok: true, shipping_options: [{ id: "a", title: "A", prices: [{ label: "", amount: 1 }] }] });
    expect(issues).toEqual([
      {
        message: "shipping_options[0].prices[0].label: must not be empty. The server answers “Bad Request: can't parse shipping option: Can't parse shipping option prices: Can't parse labeled price: LabeledPrice label must be non-empty”.",
        path: "shipping_options[0].prices[0].label",
        severity: "error",
      },
    ]);
  });
});

describe("restrictChatMember's and setChatPermissions' permissions (get_chat_permissions)", () => {
  const restrict = (permissions: string) => firstRefusal("restrictChatMember", { chat_id: "1", user_id: "2", permissions });

  it("takes an object of booleans, read in the server's order", () => {
    expect(restrict("{}")).toBeUndefined();
    expect(restrict('{"can_send_messages":true,"can_send_photos":false,"can_manage_topics":true}')).toBeUndefined();
    expect(restrict("{")).toBe("Bad Request: can't parse permissions JSON object");
    expect(restrict("[]")).toBe("Bad Request: object expected as permissions");
    expect(restrict('{"can_send_messages":"true"}')).toBe('Bad Request: can\'t parse chat permissions: Field "can_send_messages" must be of type Boolean');
    // The old media flag is read only when none of the six media fields is sent.
    expect(restrict('{"can_send_media_messages":1}')).toBe('Bad Request: can\'t parse chat permissions: Field "can_send_media_messages" must be of type Boolean');
    expect(restrict('{"can_send_media_messages":1,"can_send_audios":true}')).toBeUndefined();
    expect(restrict('{"can_send_videos":1,"can_pin_messages":0}')).toBe('Bad Request: can\'t parse chat permissions: Field "can_pin_messages" must be of type Boolean');
    expect(firstRefusal("setChatPermissions", { chat_id: "1", permissions: '{"can_react_to_messages":null}' })).toBe('Bad Request: can\'t parse chat permissions: Field "can_react_to_messages" must be of type Boolean');
  });
});

describe("setStickerMaskPosition's mask_position (get_mask_position)", () => {
  const mask = (mask_position: string) => firstRefusal("setStickerMaskPosition", { sticker: "CAAC", mask_position });

  it("is nothing, null, or a point and three JSON numbers", () => {
    expect(mask("")).toBeUndefined();
    expect(mask("null")).toBeUndefined();
    expect(mask('{"point":" Eyes ","x_shift":0,"y_shift":-1.5,"scale":2}')).toBeUndefined();
    expect(mask("{")).toBe("Bad Request: can't parse mask position JSON object");
    expect(mask("[]")).toBe("Bad Request: can't parse mask position: MaskPosition must be an Object");
    expect(mask('{"x_shift":0}')).toBe('Bad Request: can\'t parse mask position: Can\'t find field "point"');
    expect(mask('{"point":"nose","x_shift":0,"y_shift":0,"scale":1}')).toBe("Bad Request: can't parse mask position: Wrong point specified in MaskPosition");
    expect(mask('{"point":"chin","x_shift":"0","y_shift":0,"scale":1}')).toBe('Bad Request: can\'t parse mask position: Field "x_shift" must be of type Number');
    expect(mask('{"point":"chin","x_shift":0,"y_shift":0}')).toBe('Bad Request: can\'t parse mask position: Can\'t find field "scale"');
  });
});

describe("sendInvoice's tips (get_input_message_invoice, get_suggested_tip_amounts), read when sent", () => {
  const invoice = (args: Record<string, string>) => firstRefusal("sendInvoice", { chat_id: "1", title: "T", description: "D", payload: "P", currency: "USD", prices: '[{"label":"A","amount":100}]', ...args });

  it("refuses a max_tip_amount that is not a whole 64-bit number written plainly", () => {
    expect(invoice({ max_tip_amount: "" })).toBeUndefined();
    expect(invoice({ max_tip_amount: "500" })).toBeUndefined();
    expect(invoice({ max_tip_amount: "-5" })).toBeUndefined();
    for (const bad of ["5.0", "+5", "05", "5e2", "9223372036854775808", " 5"]) expect(invoice({ max_tip_amount: bad }), bad).toBe('Bad Request: can\'t parse "max_tip_amount" as Number');
  });

  it("reads suggested_tip_amounts as a list of numbers or their text", () => {
    expect(invoice({ suggested_tip_amounts: "" })).toBeUndefined();
    expect(invoice({ suggested_tip_amounts: '[100,"200"]' })).toBeUndefined();
    expect(invoice({ suggested_tip_amounts: "[" })).toBe("Bad Request: can't parse suggested_tip_amounts JSON object");
    expect(invoice({ suggested_tip_amounts: "100" })).toBe("Bad Request: expected an Array of suggested tip amounts");
    expect(invoice({ suggested_tip_amounts: "[true]" })).toBe("Bad Request: suggested tip amount must be of type Number or String");
    expect(invoice({ suggested_tip_amounts: "[1.5]" })).toBe("Bad Request: can't parse suggested tip amount as Number");
    // After max_tip_amount, in the server's order.
    expect(invoice({ max_tip_amount: "x", suggested_tip_amounts: "[" })).toBe('Bad Request: can\'t parse "max_tip_amount" as Number');
  });
});

describe("getCustomEmojiStickers' custom_emoji_ids", () => {
  const get = (custom_emoji_ids: string) => firstRefusal("getCustomEmojiStickers", { custom_emoji_ids });

  it("is a list of identifiers as text", () => {
    expect(get('["5368324170671202286"]')).toBeUndefined();
    expect(get("[]")).toBeUndefined();
    expect(get("")).toBe('Bad Request: parameter "custom_emoji_ids" is required');
    expect(get("[")).toBe("Bad Request: can't parse custom emoji identifiers JSON object");
    expect(get('{"a":1}')).toBe("Bad Request: expected an Array of custom emoji identifiers");
    expect(get("[5368324170671202286]")).toBe("Bad Request: custom emoji identifier must be of type String");
    expect(get('["53683241706712022860"]')).toBe("Bad Request: invalid custom emoji identifier specified");
    // td's limit, checked after the server read every identifier.
    const ids = (n: number) => JSON.stringify(Array.from({ length: n }, (_, i) => String(i + 1)));
    expect(get(ids(MAX_CUSTOM_EMOJI_IDS))).toBeUndefined();
    expect(get(ids(MAX_CUSTOM_EMOJI_IDS + 1))).toBe("Bad Request: too many custom emoji identifiers specified");
    expect(get(`[5,${ids(MAX_CUSTOM_EMOJI_IDS + 1).slice(1)}`)).toBe("Bad Request: custom emoji identifier must be of type String");
  });
});

describe("sendChecklist's and editMessageChecklist's checklist (get_input_checklist)", () => {
  const send = (checklist: object | string) => firstRefusal("sendChecklist", { business_connection_id: "b", chat_id: "1", checklist: typeof checklist === "string" ? checklist : JSON.stringify(checklist) });
  const wrap = "Bad Request: can't parse InputChecklist: ";

  it("needs a title and tasks with ids and texts", () => {
    expect(send({ title: "T", tasks: [{ id: 1, text: "a" }] })).toBeUndefined();
    expect(send("")).toBe('Bad Request: parameter "checklist" is required');
    expect(send("{")).toBe("Bad Request: can't parse InputChecklist JSON object");
    expect(send("[]")).toBe(`${wrap}expected an Object`);
    expect(send({ tasks: [] })).toBe(`${wrap}Can't find field "title"`);
    expect(send({ title: "T", parse_mode: "md" })).toBe(`${wrap}Unsupported parse_mode`);
    expect(send({ title: "T" })).toBe(`${wrap}Can't find field "tasks"`);
    expect(send({ title: "T", tasks: [1] })).toBe(`${wrap}Can't parse InputChecklistTask: expected an Object`);
    expect(send({ title: "T", tasks: [{ text: "a" }] })).toBe(`${wrap}Can't parse InputChecklistTask: Can't find field "id"`);
    expect(send({ title: "T", tasks: [{ id: 1, text: "a", parse_mode: "x" }] })).toBe(`${wrap}Can't parse InputChecklistTask: Unsupported parse_mode`);
    expect(firstRefusal("editMessageChecklist", { business_connection_id: "b", chat_id: "1", message_id: "2", checklist: '{"title":"T","tasks":{}}' })).toBe(`${wrap}Field "tasks" must be of type Array`);
  });
});

describe("setPassportDataErrors' errors (get_passport_element_errors)", () => {
  const set = (errors: unknown) => firstRefusal("setPassportDataErrors", { user_id: "1", errors: JSON.stringify(errors) });
  const wrap = "Bad Request: can't parse PassportElementError: ";

  it("reads each error's type, message and source, its hashes as td's is_base64 reads them", () => {
    expect(set([{ type: "passport", message: "m", source: "data", data_hash: "YWJj", field_name: "x" }, { type: "email", message: "m", element_hash: "YQ==" }])).toBeUndefined();
    expect(set([{ type: "utility_bill", message: "m", source: "files", file_hashes: ["YWI=", "YWJjZA=="] }])).toBeUndefined();
    expect(firstRefusal("setPassportDataErrors", { user_id: "1", errors: "" })).toBe("Bad Request: can't parse errors JSON object");
    expect(set({})).toBe("Bad Request: expected an Array of PassportElementError");
    expect(set([1])).toBe(`${wrap}expected an Object`);
    expect(set([{ type: "visa", message: "m" }])).toBe(`${wrap}wrong Telegram Passport element type specified`);
    expect(set([{ type: "passport" }])).toBe(`${wrap}Can't find field "message"`);
    expect(set([{ type: "passport", message: "m" }])).toBe(`${wrap}Can't find field "element_hash"`);
    for (const bad of ["abc", "YW=", "YWJ=", "YR==", "Y===", "YW-j"]) expect(set([{ type: "passport", message: "m", element_hash: bad }]), bad).toBe(`${wrap}hash isn't a valid base64-encoded string`);
    expect(set([{ type: "passport", message: "m", source: "files", file_hashes: [1] }])).toBe(`${wrap}hash must be a string`);
    expect(set([{ type: "passport", message: "m", source: "scan", file_hash: "YQ==" }])).toBe(`${wrap}wrong source specified`);
  });
});

describe("postStory's and editStory's areas (get_input_story_areas)", () => {
  const post = (areas: unknown) => firstRefusal("postStory", { business_connection_id: "b", content: '{"type":"photo","photo":"attach://p"}', p: "attach://p", active_period: "86400", areas: JSON.stringify(areas) });
  const position = { x_percentage: 10, y_percentage: 10, width_percentage: 20, height_percentage: 20, rotation_angle: 0, corner_radius_percentage: 0 };
  const wrap = "Bad Request: can't parse InputStoryArea: ";

  it("reads each area's position and type", () => {
    expect(post([{ position, type: { type: "link", url: "https://e.com" } }, { position, type: { type: "weather", temperature: 21.5, emoji: "☀", background_color: 4294967295 } }])).toBeUndefined();
    expect(post([{ position, type: { type: "location", latitude: 1, longitude: 2, address: { country_code: "DE" } } }])).toBeUndefined();
    expect(post({})).toBe("Bad Request: expected an Array of InputStoryArea");
    expect(post([1])).toBe(`${wrap}expected an Object`);
    expect(post([{ type: { type: "link", url: "u" } }])).toBe(`${wrap}Can't find field "position"`);
    expect(post([{ position: { ...position, rotation_angle: "0" }, type: { type: "link", url: "u" } }])).toBe(`${wrap}Field "rotation_angle" must be of type Number`);
    expect(post([{ position, type: { type: "poll" } }])).toBe(`${wrap}invalid story area type specified`);
    expect(post([{ position, type: { type: "weather", temperature: 1, emoji: "☀", background_color: -1 } }])).toBe(`${wrap}invalid background color specified`);
    expect(post([{ position, type: { type: "suggested_reaction", reaction_type: { type: "paid" } } }])).toBe(`${wrap}can't parse ReactionType: invalid reaction type specified`);
    expect(post([{ position, type: { type: "location", latitude: 1, longitude: 2, address: {} } }])).toBe(`${wrap}Can't find field "country_code"`);
  });
});

describe("an invoice's amounts as td checks them (InputInvoice.cpp process_input_message_invoice)", () => {
  const link = (args: Record<string, string>) => firstRefusal("createInvoiceLink", { title: "T", description: "D", payload: "P", currency: "USD", prices: '[{"label":"A","amount":100}]', ...args });

  it("refuses a createInvoiceLink's amounts at once (no chat to find)", () => {
    expect(link({})).toBeUndefined();
    expect(link({ prices: '[{"label":"A","amount":1000000000000}]' })).toBe("Bad Request: too big amount of the currency specified");
    expect(link({ prices: '[{"label":"A","amount":100},{"label":"Discount","amount":-100}]' })).toBe("Bad Request: total price must be positive");
    expect(link({ prices: '[{"label":"A","amount":999999999999},{"label":"B","amount":1}]' })).toBe("Bad Request: total price is too big");
    expect(link({ max_tip_amount: "-1" })).toBe("Bad Request: invalid max_tip_amount of the currency specified");
    expect(link({ max_tip_amount: "50", suggested_tip_amounts: "[10,20]" })).toBeUndefined();
    expect(link({ max_tip_amount: "50", suggested_tip_amounts: "[0]" })).toBe("Bad Request: suggested tip amount must be positive");
    expect(link({ max_tip_amount: "50", suggested_tip_amounts: '["60"]' })).toBe("Bad Request: suggested tip amount can't be bigger than max_tip_amount");
    expect(link({ suggested_tip_amounts: "[10]" })).toBe("Bad Request: suggested tip amount can't be bigger than max_tip_amount");
    expect(link({ max_tip_amount: "50", suggested_tip_amounts: "[1,2,3,4,5]" })).toBe("Bad Request: there can be at most 4 suggested tip amounts");
  });

  it("makes sendInvoice's once the chat is found: in the validation, not the stand-in", () => {
    const prices = '[{"label":"A","amount":-5}]';
    expect(firstRefusal("sendInvoice", { chat_id: "1", title: "T", description: "D", payload: "P", currency: "USD", prices })).toBeUndefined();
    const issues = validateCall(serverSlice(schema, "sendInvoice"), { chat_id: 1, title: "T", description: "D", payload: "P", currency: "USD", prices: [{ label: "A", amount: -5 }] });
    expect(issues.filter((i) => i.path === "prices").map((i) => i.message)).toEqual(["prices: add up to -5: the total must be positive. The server answers “Bad Request: total price must be positive”."]);
  });
});
