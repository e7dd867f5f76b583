/**
 * A reply markup as the server reads it (`playground/server/replyMarkup.ts`, ported from
 * Client.cpp get_reply_markup and the button readers): through the stand-in's path
 * (`firstRefusal`, the request's texts), the validator, and the pages' words; exact strings.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { validateCall } from "../../../playground/call/validate";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { readingRule } from "../../../playground/server/readingRules";
import { firstRefusal, readingsOf, SERVER_METHODS } from "../../../playground/server/readings";
import { readReplyMarkup } from "../../../playground/server/replyMarkup";
import { serverSlice } from "../../../playground/server/slices";
import { tdJsonDecode } from "../../../playground/server/tdJson";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
/** The server's answer to sendMessage with this reply_markup text, or undefined when it reads it. */
const answer = (replyMarkup: string) => firstRefusal("sendMessage", { chat_id: "1", text: "hi", reply_markup: replyMarkup });

describe("get_reply_markup: the markup object and its rows", () => {
  it("reads nothing as no markup, and refuses what td's parser cannot read or what is not an object", () => {
    expect(answer("")).toBeUndefined();
    expect(answer("{}")).toBeUndefined();
    expect(answer("{")).toBe("Bad Request: can't parse reply keyboard markup JSON object");
    expect(answer("[]")).toBe("Bad Request: object expected as reply markup");
    expect(answer('"keyboard"')).toBe("Bad Request: object expected as reply markup");
  });

  it("refuses rows that are not lists, null included", () => {
    expect(answer('{"keyboard":{}}')).toBe('Bad Request: field "keyboard" must be of type Array');
    expect(answer('{"keyboard":null}')).toBe('Bad Request: field "keyboard" must be of type Array');
    expect(answer('{"keyboard":[1]}')).toBe('Bad Request: field "keyboard" must be an Array of Arrays');
    expect(answer('{"inline_keyboard":[{}]}')).toBe('Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
    expect(answer('{"inline_keyboard":"x"}')).toBe('Bad Request: field "inline_keyboard" must be of type Array');
  });

  it("reads the reply keyboard before the inline one, then the flags, and the keyboard's own flags only with rows", () => {
    expect(answer('{"inline_keyboard":[[{"text":"a"}]],"keyboard":[[1]]}')).toBe("Bad Request: can't parse keyboard button: KeyboardButton must be a String or an Object");
    expect(answer('{"remove_keyboard":"true"}')).toBe('Bad Request: field "remove_keyboard" must be of type Boolean');
    expect(answer('{"force_reply":true,"input_field_placeholder":{}}')).toBe('Bad Request: field "input_field_placeholder" must be of type String');
    expect(answer('{"keyboard":[["a"]],"resize_keyboard":1}')).toBe('Bad Request: field "resize_keyboard" must be of type Boolean');
    expect(answer('{"resize_keyboard":1}')).toBeUndefined();
    expect(answer('{"keyboard":[],"one_time_keyboard":"yes"}')).toBeUndefined();
  });
});

describe("get_keyboard_button: a reply keyboard's buttons", () => {
  it("takes text for a text button and refuses other values", () => {
    expect(answer('{"keyboard":[["a","b"]]}')).toBeUndefined();
    expect(answer('{"keyboard":[[1]]}')).toBe("Bad Request: can't parse keyboard button: KeyboardButton must be a String or an Object");
    expect(answer('{"keyboard":[[{}]]}')).toBe("Bad Request: can't parse keyboard button: Can't find field \"text\"");
    expect(answer('{"keyboard":[[{"text":5}]]}')).toBeUndefined();
  });

  it("reads the icon as a 64-bit number and the style in any case", () => {
    expect(answer('{"keyboard":[[{"text":"a","icon_custom_emoji_id":"5368324170671202286","style":"DANGER"}]]}')).toBeUndefined();
    expect(answer('{"keyboard":[[{"text":"a","icon_custom_emoji_id":"12a"}]]}')).toBe("Bad Request: can't parse keyboard button: Field \"icon_custom_emoji_id\" must be a valid Number");
    expect(answer('{"keyboard":[[{"text":"a","icon_custom_emoji_id":true}]]}')).toBe("Bad Request: can't parse keyboard button: Field \"icon_custom_emoji_id\" must be a Number");
    expect(answer('{"keyboard":[[{"text":"a","style":"blue"}]]}')).toBe("Bad Request: can't parse keyboard button: invalid button style specified");
  });

  it("reads each kind's fields as the server does", () => {
    expect(answer('{"keyboard":[[{"text":"a","request_contact":"yes"}]]}')).toBe("Bad Request: can't parse keyboard button: Field \"request_contact\" must be of type Boolean");
    expect(answer('{"keyboard":[[{"text":"a","request_poll":[]}]]}')).toBe("Bad Request: can't parse keyboard button: Field \"request_poll\" must be of type Object");
    expect(answer('{"keyboard":[[{"text":"a","web_app":{}}]]}')).toBe("Bad Request: can't parse keyboard button: Can't find field \"url\"");
    expect(answer('{"keyboard":[[{"text":"a","request_users":{"request_id":"1.0"}}]]}')).toBe("Bad Request: can't parse keyboard button: Field \"request_id\" must be a valid Number");
    expect(answer('{"keyboard":[[{"text":"a","request_users":{"request_id":1,"max_quantity":"x"}}]]}')).toBe("Bad Request: can't parse keyboard button: Field \"max_quantity\" must be a valid Number");
    expect(answer('{"keyboard":[[{"text":"a","request_chat":{"request_id":1,"user_administrator_rights":[]}}]]}')).toBe("Bad Request: can't parse keyboard button: ChatAdministratorRights must be an Object");
    expect(answer('{"keyboard":[[{"text":"a","request_chat":{"request_id":1,"bot_administrator_rights":{"can_foo":1,"is_anonymous":1}}}]]}')).toBe(
      "Bad Request: can't parse keyboard button: Field \"is_anonymous\" must be of type Boolean",
    );
    expect(answer('{"keyboard":[[{"text":"a","request_managed_bot":{"request_id":2,"suggested_name":false}}]]}')).toBe("Bad Request: can't parse keyboard button: Field \"suggested_name\" must be of type String");
    // The first kind set is the one read: a location request after a contact request is not read.
    expect(answer('{"keyboard":[[{"text":"a","request_contact":true,"request_location":"x"}]]}')).toBeUndefined();
  });
});

describe("get_inline_keyboard_button: an inline keyboard's buttons", () => {
  it("needs an object with a kind; an empty url or callback_data is no kind", () => {
    expect(answer('{"inline_keyboard":[["a"]]}')).toBe("Bad Request: can't parse inline keyboard button: InlineKeyboardButton must be an Object");
    expect(answer('{"inline_keyboard":[[{"text":"a"}]]}')).toBe("Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
    expect(answer('{"inline_keyboard":[[{"text":"a","url":"","callback_data":""}]]}')).toBe("Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
    expect(answer('{"inline_keyboard":[[{"text":"a","url":"","callback_data":1}]]}')).toBeUndefined();
    expect(answer('{"inline_keyboard":[[{"text":"a","pay":null},{"text":"b","callback_game":{}}]]}')).toBeUndefined();
  });

  it("reads the kinds that carry values", () => {
    expect(answer('{"inline_keyboard":[[{"text":"a","switch_inline_query":null}]]}')).toBe("Bad Request: can't parse inline keyboard button: Field \"switch_inline_query\" must be of type String");
    expect(answer('{"inline_keyboard":[[{"text":"a","switch_inline_query_chosen_chat":{"allow_bot_chats":1}}]]}')).toBe(
      "Bad Request: can't parse inline keyboard button: Field \"allow_bot_chats\" must be of type Boolean",
    );
    expect(answer('{"inline_keyboard":[[{"text":"a","copy_text":{}}]]}')).toBe("Bad Request: can't parse inline keyboard button: Can't find field \"text\"");
    expect(answer('{"inline_keyboard":[[{"text":"a","web_app":"https://x"}]]}')).toBe("Bad Request: can't parse inline keyboard button: Field \"web_app\" must be of type Object");
  });

  it("checks a login button's bot username after one leading @", () => {
    const login = (name: string) => answer(JSON.stringify({ inline_keyboard: [[{ text: "a", login_url: { url: "https://x", bot_username: name } }]] }));
    expect(login("")).toBeUndefined();
    expect(login("@gramio_bot")).toBeUndefined();
    expect(login("@")).toBe("Bad Request: can't parse inline keyboard button: LoginUrl bot username is invalid");
    expect(login("@@bot")).toBe("Bad Request: can't parse inline keyboard button: LoginUrl bot username is invalid");
    expect(login("gramio bot")).toBe("Bad Request: can't parse inline keyboard button: LoginUrl bot username is invalid");
  });

  it("reads the first field of a name, and does not check a kind newer than the source", () => {
    expect(answer('{"inline_keyboard":[[{"text":"a","callback_data":"x","callback_data":""}]]}')).toBeUndefined();
    expect(answer('{"inline_keyboard":[[{"text":"a","callback_data":"","callback_data":"x"}]]}')).toBe("Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
    expect(answer('{"inline_keyboard":[[{"text":"Off","disabled":{}}]]}')).toBeUndefined();
  });
});

describe("where and why, for the playground", () => {
  it("places each refusal in the value, the first as the server's answer and every other button's after it", () => {
    const read = readReplyMarkup(tdJsonDecode('{"inline_keyboard":[[{"text":"a"},{"text":"b","callback_data":"b","style":"x"}],[{"text":"c","url":""}]]}')!.value);
    expect(read.map((s) => [s.at, s.message, s.why])).toEqual([
      [["inline_keyboard", 0, 0], "Can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard", "a button with only its text is refused: pick its kind (URL, callback data, Web App…)."],
      [["inline_keyboard", 0, 1, "style"], "Can't parse inline keyboard button: invalid button style specified", "must be “primary”, “danger” or “success” (any case), or left out."],
      [["inline_keyboard", 1, 0], "Can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard", "a button with only its text is refused: pick its kind (URL, callback data, Web App…); an empty url does not count."],
    ]);
  });

  it("shows them at their buttons, the later ones as the errors that come next", () => {
    const sendMessage = serverSlice(schema, "sendMessage");
    const issues = validateCall(sendMessage, { chat_id: 1, text: "hi", reply_markup: { inline_keyboard: [[{ text: "a" }, { text: "b", callback_data: "b", icon_custom_emoji_id: "x" }]] } });
    expect(issues).toEqual([
      {
        path: "reply_markup.inline_keyboard[0][0]",
        severity: "error",
        message: "reply_markup.inline_keyboard[0][0]: a button with only its text is refused: pick its kind (URL, callback data, Web App…). The server answers “Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard”.",
      },
      {
        path: "reply_markup.inline_keyboard[0][1].icon_custom_emoji_id",
        severity: "error",
        label: "Next error",
        message:
          "reply_markup.inline_keyboard[0][1].icon_custom_emoji_id: must be a whole 64-bit number written plainly (“x” is not). Once the errors before it are fixed, the server answers “Bad Request: can't parse inline keyboard button: Field \"icon_custom_emoji_id\" must be a valid Number”.",
      },
    ]);
  });
});

describe("every method the server reads a reply markup for", () => {
  it("reads it this way, and its page lists the refusals", () => {
    const methods = SERVER_METHODS.filter((m) => readingsOf(m)?.some((r) => r.param === "reply_markup" && / get_reply_markup /.test(r.source)));
    expect(methods.length).toBeGreaterThanOrEqual(28);
    for (const m of methods) expect(readingsOf(m)!.find((r) => r.param === "reply_markup")!.kind, m).toBe("reply_markup");
    const rule = readingRule(serverSlice(schema, "sendMessage").readings!.reply_markup!, "reply_markup");
    expect(rule.refusals.map((r) => r.answer)).toContain("Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
    expect(rule.refusals[0]).toEqual({ when: "is not JSON", answer: "Bad Request: can't parse reply keyboard markup JSON object" });
  });
});
