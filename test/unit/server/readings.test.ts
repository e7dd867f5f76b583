import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { SCHEMA_FILE } from "../../../playground/schema/fromGramioTypes";
import type { BotApiSchema } from "../../../playground/schema/model";
import { validateCall } from "../../../playground/call/validate";
import { defaultFieldsOf, extract, firstArgumentEmptyGuards, helperEmptyGuards, helperJsonGuards, notInSource } from "../../../playground/server/extract";
import { checkedReading, verdictOf } from "../../../playground/server/readingKinds";
import { readingRule } from "../../../playground/server/readingRules";
import { toInt64 } from "../../../playground/server/td";
import { firstRefusal, NOT_IN_SOURCE, READINGS_SOURCE, readerOf, readingsOf, SERVER_METHODS } from "../../../playground/server/readings";
import { serverSlice } from "../../../playground/server/slices";
import data from "../../../playground/server/readings.json";

const schema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8")) as BotApiSchema;
const kinds = (method: string) => Object.fromEntries((readingsOf(method) ?? []).map((r) => [r.param, r.kind]));

describe("td's to_integer<int64> and the readings that decide without the chat", () => {
  it("reads an optional minus and digits, wrapping at 64 bits", () => {
    expect([toInt64("42"), toInt64("-7"), toInt64("12abc"), toInt64("abc"), toInt64(""), toInt64("9223372036854775808")]).toEqual([42n, -7n, 12n, 0n, 0n, -9223372036854775808n]);
  });

  it("get_user_id: at least 0, and 0 refused with the field's name", () => {
    expect(verdictOf({ kind: "user_id" }, "user_id", 5)).toBeUndefined();
    expect(verdictOf({ kind: "user_id" }, "user_id", undefined)).toEqual({ refused: "is required.", answer: "Bad Request: invalid user_id specified" });
    expect(verdictOf({ kind: "user_id" }, "user_id", -5)).toEqual({ refused: "the server reads “-5” as 0.", answer: "Bad Request: invalid user_id specified" });
    expect(verdictOf({ kind: "user_id" }, "owner_user_id", "abc")).toEqual({ refused: "the server reads “abc” as 0.", answer: "Bad Request: invalid owner_user_id specified" });
    expect(verdictOf({ kind: "user_id" }, "user_id", "12x")).toEqual({ reads: "the server reads “12x” as 12." });
  });

  it("get_message_id and get_forum_topic_id: empty or negative is 0, never refused", () => {
    expect(verdictOf({ kind: "message_id" }, "message_id", undefined)).toBeUndefined();
    expect(verdictOf({ kind: "message_id" }, "reply_to_message_id", -3)).toEqual({ reads: "the server reads “-3” as 0 (no message)." });
    expect(verdictOf({ kind: "topic_id" }, "message_thread_id", "abc")).toEqual({ reads: "the server reads “abc” as 0 (no topic)." });
    expect(verdictOf({ kind: "topic_id" }, "message_thread_id", 2 ** 32 + 7)).toEqual({ reads: "the server reads “4294967303” as 7." });
    expect(verdictOf({ kind: "topic_id" }, "message_thread_id", 7)).toBeUndefined();
  });

  it("get_required_string_arg: refused when empty, naming the parameter", () => {
    expect(verdictOf({ kind: "required_string" }, "from_chat_id", "")).toEqual({ refused: "is required.", answer: 'Bad Request: parameter "from_chat_id" is required' });
    expect(verdictOf({ kind: "required_string" }, "from_chat_id", "@channel")).toBeUndefined();
  });
});

describe("validation follows the readings", () => {
  it("refuses a user_id the server refuses, with its answer", () => {
    const ban = serverSlice(schema, "banChatMember");
    expect(ban.readings).toEqual({ user_id: { kind: "user_id" } });
    expect(validateCall(ban, { chat_id: 1, user_id: 0 })).toEqual([
      { path: "user_id", severity: "error", message: "user_id: the server reads “0” as 0. The server answers “Bad Request: invalid user_id specified”." },
    ]);
    expect(validateCall(ban, { chat_id: 1 })).toEqual([{ path: "user_id", severity: "error", message: "user_id: is required. The server answers “Bad Request: invalid user_id specified”." }]);
    expect(validateCall(ban, { chat_id: 1, user_id: 5 })).toEqual([]);
  });

  it("warns where the server reads another value instead of refusing", () => {
    const send = serverSlice(schema, "sendMessage");
    // reply_to_message_id is read too, but it is no longer in the schema: the slice keeps the schema's parameters.
    expect(send.readings).toEqual({
      message_thread_id: { kind: "topic_id" },
      // Refused empty by get_input_message_text(text, …) it is handed to, then parsed by td with the parse mode parse_mode names (../format).
      text: { formatted: "parse_mode", empty: "Message text is empty" },
      entities: { kind: "entities", beside: { text: "text", mode: "parse_mode" } },
      // Parsed as JSON at once by the helper that reads each (get_reply_markup…), nothing sent being nothing, then read by its port.
      link_preview_options: { kind: "link_preview_options", json: "Can't parse link preview options JSON object" },
      reply_parameters: { kind: "reply_parameters", json: "Can't parse reply parameters JSON object" },
      suggested_post_parameters: { kind: "suggested_post", json: "Can't parse suggested post parameters JSON object" },
      reply_markup: { kind: "reply_markup", json: "Can't parse reply keyboard markup JSON object" },
    });
    expect(validateCall(send, { chat_id: 1, text: "hi", message_thread_id: "abc" })).toEqual([
      { path: "message_thread_id", severity: "warning", message: "message_thread_id: the server reads “abc” as 0 (no topic)." },
    ]);
  });

  it("parses a text with its parse mode as td does, refusing at the character with the server's answer", () => {
    const send = serverSlice(schema, "sendMessage");
    expect(validateCall(send, { chat_id: 1, text: "*bold* and a.dot", parse_mode: "MarkdownV2" })).toEqual([
      {
        path: "text",
        severity: "error",
        message: "text: is not MarkdownV2 as td parses it: Character '.' is reserved and must be escaped with the preceding '\\' (character 13, “.”). The server answers “Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'”.",
      },
    ]);
    // The parse mode in any case; none, or no parse mode, parses nothing.
    expect(validateCall(send, { chat_id: 1, text: "<b>x", parse_mode: "html" }).find((i) => i.path === "text")?.message).toBe(
      "text: is not HTML as td parses it: Can't find end tag corresponding to start tag \"b\". The server answers “Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"”.",
    );
    expect(validateCall(send, { chat_id: 1, text: "a.b", parse_mode: "none" })).toEqual([{ path: "parse_mode", severity: "warning", message: "parse_mode: “none” parses nothing: the server sends the text as it is, with the entities given beside it." }]);
    expect(validateCall(send, { chat_id: 1, text: "a\\.b *c*", parse_mode: "MarkdownV2" })).toEqual([]);
    // The stand-in answers the same, with the server's first letter lowered.
    expect(firstRefusal("sendMessage", { chat_id: "1", text: "é_a", parse_mode: "markdown" })).toBe("Bad Request: can't parse entities: Can't find end of the entity starting at byte offset 2");
    // Over 32,768 UTF-8 bytes is refused first, with or without a parse mode.
    expect(firstRefusal("sendMessage", { chat_id: "1", text: "é".repeat(16_384) })).toBeUndefined();
    expect(firstRefusal("sendMessage", { chat_id: "1", text: `${"é".repeat(16_384)}a` })).toBe("Bad Request: text is too long");
    expect(firstRefusal("sendPhoto", { chat_id: "1", photo: "x", caption: `${"a".repeat(32_769)}`, parse_mode: "HTML" })).toBe("Bad Request: text is too long");
    // A quiz's explanation is parsed only for a quiz.
    const poll = serverSlice(schema, "sendPoll");
    const quiz = { chat_id: 1, question: "Q", options: [{ text: "a" }, { text: "b" }], correct_option_ids: [0], explanation: "<i>x", explanation_parse_mode: "HTML" };
    expect(validateCall(poll, { ...quiz, type: "quiz" }).some((i) => i.path === "explanation" && i.severity === "error")).toBe(true);
    expect(validateCall(poll, { ...quiz, type: "regular", correct_option_ids: undefined }).some((i) => i.path === "explanation" && i.severity === "error")).toBe(false);
  });

  it("refuses a JSON parameter td's parser cannot read, with that parameter's own answer", () => {
    const send = serverSlice(schema, "sendMessage");
    const errors = (reply_markup: unknown) => validateCall(send, { chat_id: 1, text: "hi", reply_markup }).filter((i) => i.severity === "error").map((i) => i.message);
    expect(errors("{")).toEqual(["reply_markup: is not JSON as td reads it (Unexpected string end). The server answers “Bad Request: can't parse reply keyboard markup JSON object”."]);
    expect(errors('{"inline_keyboard":[],}')).toEqual(["reply_markup: is not JSON as td reads it (Opening '\"' expected). The server answers “Bad Request: can't parse reply keyboard markup JSON object”."]);
    // Nothing is no markup; a value tree is sent as JSON and parses.
    expect(errors("")).toEqual([]);
    expect(errors({ inline_keyboard: [[{ text: "a", callback_data: "b" }]] })).toEqual([]);
    // Empty text reaches the parser where nothing tests it first (savePreparedKeyboardButton's button).
    const button = serverSlice(schema, "savePreparedKeyboardButton");
    expect(button.readings?.button).toEqual({ kind: "keyboard_button", json: "Can't parse keyboard button JSON object", jsonTakesEmpty: true });
    expect(validateCall(button, { user_id: 1, button: "nope" }).filter((i) => i.severity === "error").map((i) => i.message)).toEqual([
      "button: is not JSON as td reads it (Token starts with 'n' -- null expected). The server answers “Bad Request: can't parse keyboard button JSON object”.",
    ]);
    // Read only when sent (setStickerKeywords' keywords): nothing sent is never parsed.
    const keywords = serverSlice(schema, "setStickerKeywords");
    expect(keywords.readings?.keywords).toEqual({ kind: "sticker_keywords", json: "Can't parse keywords JSON object" });
    expect(validateCall(keywords, { sticker: "s", keywords: "[" }).filter((i) => i.path === "keywords" && i.severity === "error").map((i) => i.message)).toEqual([
      "keywords: is not JSON as td reads it (Unexpected string end). The server answers “Bad Request: can't parse keywords JSON object”.",
    ]);
    // correct_option_ids is parsed only in a quiz (a condition the extractor does not model): its own call check says so, not this.
    expect(serverSlice(schema, "sendPoll").readings?.correct_option_ids).toBeUndefined();
  });

  it("says that entities td cannot parse are dropped, not refused (get_input_entities)", () => {
    const send = serverSlice(schema, "sendMessage");
    expect(validateCall(send, { chat_id: 1, text: "hi", entities: "[{" })).toEqual([
      { path: "entities", severity: "warning", message: "entities: the server cannot parse it as JSON and drops it: the text goes without entities." },
    ]);
    expect(validateCall(send, { chat_id: 1, text: "hi", entities: [{ type: "bold", offset: 0, length: 2 }] })).toEqual([]);
    // Handed the field's name by another helper (get_caption reads caption_entities).
    expect(serverSlice(schema, "sendPhoto").readings?.caption_entities).toEqual({ kind: "entities", beside: { text: "caption", mode: "parse_mode" } });
  });

  it("names the server's answer for a required string it reads with get_required_string_arg", () => {
    const forward = serverSlice(schema, "forwardMessage");
    expect(validateCall(forward, { chat_id: 1, message_id: 2 })).toEqual([
      { path: "from_chat_id", severity: "error", message: 'from_chat_id: is required. The server answers “Bad Request: parameter "from_chat_id" is required”.' },
    ]);
  });
});

describe("a refusal of nothing, read from the guard after the reading", () => {
  it("sendPhoto without a photo, deleteMessages with no ids, sendLocation without coordinates", () => {
    expect(validateCall(serverSlice(schema, "sendPhoto"), { chat_id: 1 })).toEqual([
      { path: "photo", severity: "error", message: "photo: is required. The server answers “Bad Request: there is no photo in the request”." },
    ]);
    expect(validateCall(serverSlice(schema, "deleteMessages"), { chat_id: 1, message_ids: [] })).toEqual([
      { path: "message_ids", severity: "error", message: "message_ids: is required. The server answers “Bad Request: message identifiers are not specified”." },
    ]);
    // The message already starts with "Bad Request" in the source: it is sent as it is.
    expect(validateCall(serverSlice(schema, "sendLocation"), { chat_id: 1 })).toEqual([
      { path: "latitude", severity: "error", message: "latitude: is required. The server answers “Bad Request: latitude is empty”." },
      { path: "longitude", severity: "error", label: "Next error", message: "longitude: is required. Once the errors before it are fixed, the server answers “Bad Request: longitude is empty”." },
    ]);
  });
});

describe("the first refusal is the server's answer; the others come next", () => {
  it("sendInvoice: title, description and payload missing, in the server's order", () => {
    const invoice = serverSlice(schema, "sendInvoice");
    const issues = validateCall(invoice, { chat_id: 1, currency: "XTR", prices: [{ label: "A", amount: 1 }] }).filter((i) => ["title", "description", "payload"].includes(i.path));
    expect(issues).toEqual([
      { path: "title", severity: "error", message: 'title: is required. The server answers “Bad Request: parameter "title" is required”.' },
      { path: "description", severity: "error", label: "Next error", message: 'description: is required. Once the errors before it are fixed, the server answers “Bad Request: parameter "description" is required”.' },
      { path: "payload", severity: "error", label: "Next error", message: 'payload: is required. Once the errors before it are fixed, the server answers “Bad Request: parameter "payload" is required”.' },
    ]);
  });
});

describe("the readings read from the server's source", () => {
  it("cite the source of each, in the server's order", () => {
    expect(READINGS_SOURCE).toBe("tdlib/telegram-bot-api 01a3679, telegram-bot-api/Client.cpp");
    for (const method of SERVER_METHODS) for (const r of readingsOf(method)!) expect(r.source).toMatch(/^Client\.cpp:\d+ (process_\w+_query|\w+ \(from process_\w+_query\))$/);
    expect(readerOf("getUpdates")).toBe("process_get_updates_query");
    expect(readerOf("logOut")).toBe("on_cmd");
    expect(readingsOf("logOut")).toEqual([]);
    // forwardMessage: from_chat_id and message_id first, then what do_send_message reads, through the lambda that check_message calls.
    expect(Object.keys(kinds("forwardMessage")).slice(0, 5)).toEqual(["from_chat_id", "message_id", "video_start_timestamp", "chat_id", "message_thread_id"]);
    expect(kinds("forwardMessage")).toMatchObject({ from_chat_id: "required_string", message_id: "message_id", video_start_timestamp: "integer", disable_notification: "bool", message_effect_id: "int64" });
    // A helper's default field (Client.h: get_sticker_input_file(…, field_name = "sticker")).
    expect(readingsOf("setStickerPositionInSet")).toEqual([
      // The helper refuses the field empty, first thing (Client.cpp, get_sticker_input_file).
      { param: "sticker", kind: "helper", helper: "get_sticker_input_file", source: "Client.cpp:15611 process_set_sticker_position_in_set_query", empty: "Sticker is not specified" },
      { param: "position", kind: "integer", default: -1, min: -2147483648, max: 2147483647, source: expect.stringMatching(/process_set_sticker_position_in_set_query$/) },
    ]);
  });

  it("drift: every method and parameter of the schema is read by the source or listed as newer than it", () => {
    const listed = notInSource(schema, data.methods as Parameters<typeof notInSource>[1]);
    expect(listed).toEqual(NOT_IN_SOURCE);
    for (const method of schema.methods) {
      if (NOT_IN_SOURCE.methods.includes(method.name)) continue;
      expect(readingsOf(method.name), method.name).toBeDefined();
      for (const f of method.fields) if (!NOT_IN_SOURCE.params.includes(`${method.name}.${f.name}`)) expect(kinds(method.name)[f.name], `${method.name}.${f.name}`).toBeDefined();
    }
    // What the schema (Bot API 10.3) has beyond the source (10.0) is a short list, not a guess.
    expect(NOT_IN_SOURCE.methods.length).toBeLessThan(schema.methods.length / 10);
  });
});

describe("extract, on a piece of source", () => {
  const header = `  static td::Result<int64> get_user_id(const Query *query, td::Slice field_name = td::Slice("user_id"));\n  static constexpr int32 MAX_X = 10;\n`;
  const source = [
    "bool Client::init_methods() {",
    '  methods_.emplace("banme", &Client::process_ban_me_query);',
    "}",
    "",
    "td::Status Client::process_ban_me_query(PromisedQueryPtr &query) {",
    '  auto chat_id = query->arg("chat_id");',
    "  TRY_RESULT(user_id, get_user_id(query.get()));",
    '  auto n = get_integer_arg(query.get(), "n", 1, 1, MAX_X);',
    "  check_chat(chat_id, AccessRights::Write, std::move(query), [this, user_id](int64 chat_id, PromisedQueryPtr query) {",
    "    finish(user_id,",
    "           std::move(query));",
    "  });",
    "}",
    "",
    "void Client::finish(int64 user_id, PromisedQueryPtr query) {",
    '  auto revoke = to_bool(query->arg("revoke_messages"));',
    "}",
    "",
  ].join("\n");
  it("finds a helper that refuses its field empty, and not one that reads it in a branch", () => {
    const helpers = [
      "td::Result<int> Client::get_thing(const Query *query,",
      "                                  td::Slice field_name) {",
      "  auto thing = trim(query->arg(field_name));",
      "  if (thing.empty()) {",
      '    return td::Status::Error(400, "Thing is not specified");',
      "  }",
      "}",
      "td::Result<int> Client::get_other(const Query *query, td::Slice field_name) {",
      "  if (query->has_arg(\"x\")) {",
      "    auto other = query->arg(field_name);",
      "    if (other.empty()) {",
      '      return td::Status::Error(400, "Other is not specified");',
      "    }",
      "  }",
      "}",
    ].join("\n");
    expect(helperEmptyGuards(helpers)).toEqual({ get_thing: "Thing is not specified" });
  });

  it("finds a function handed a text that refuses it empty before anything else (get_input_message_text)", () => {
    const source = [
      "td::Result<int> Client::get_input_message_text(",
      "    td::string text, object_ptr<td_api::linkPreviewOptions> link_preview_options, td::string parse_mode) {",
      "  if (text.empty()) {",
      '    return td::Status::Error(400, "Message text is empty");',
      "  }",
      "}",
      "td::Result<int> Client::get_late(td::string text, int x) {",
      "  auto y = x;",
      "  if (text.empty()) {",
      '    return td::Status::Error(400, "Late");',
      "  }",
      "}",
    ].join("\n");
    expect(firstArgumentEmptyGuards(source)).toEqual({ get_input_message_text: "Message text is empty" });
  });

  it("reads a condition from the block a reading or a hand-over is in: if, else, nested, and which method a shared helper serves", () => {
    const body = [
      "td::Result<int> Client::get_options(const Query *query) {",
      '  TRY_RESULT(options, get_required_string_arg(query, "options"));',
      '  if (query->method() == "shipme") {',
      '    auto extra = query->arg("extra");',
      "  }",
      "  return 0;",
      "}",
      "td::Status Client::process_ship_me_query(PromisedQueryPtr &query) {",
      '  auto ok = to_bool(query->arg("ok"));',
      "  if (ok) {",
      "    TRY_RESULT_ASSIGN(options, get_options(query.get()));",
      "  } else {",
      '    TRY_RESULT_ASSIGN(error_message, get_required_string_arg(query.get(), "error_message"));',
      "  }",
      "  {",
      '    auto note = query->arg("note");',
      "  }",
      '  if (!query->arg("user_id").empty()) {',
      '    TRY_RESULT_ASSIGN(user_id, get_user_id(query.get(), "user_id"));',
      "  }",
      '  auto type = query->arg("type");',
      '  bool replace_caption = query->has_arg("caption");',
      '  auto mode = query->arg("mode");',
      '  mode = "other";',
      '  if (type == "quiz" && !replace_caption) {',
      '    TRY_RESULT(explanation, get_required_string_arg(query.get(), "explanation"));',
      "  }",
      '  if (mode.empty()) {',
      '    auto hint = query->arg("hint");',
      "  }",
      "  return td::Status::OK();",
      "}",
      "td::Status Client::process_pay_me_query(PromisedQueryPtr &query) {",
      "  TRY_RESULT(options, get_options(query.get()));",
      "  return td::Status::OK();",
      "}",
      'void Client::init_methods() { methods_.emplace("shipme", &Client::process_ship_me_query); methods_.emplace("payme", &Client::process_pay_me_query); }',
    ].join("\n");
    const { methods } = extract(body, "");
    expect(methods.shipme!.params.map((p) => [p.param, p.kind, p.onlyIf])).toEqual([
      ["ok", "bool", undefined],
      // A condition on a boolean the method read is written as that parameter's reading.
      ["options", "required_string", 'to_bool(query->arg("ok"))'],
      // The helper serves this method: its own condition is true here.
      ["extra", "string", 'to_bool(query->arg("ok"))'],
      ["error_message", "required_string", '!to_bool(query->arg("ok"))'],
      ["note", "string", undefined],
      ["user_id", "user_id", '!query->arg("user_id").empty()'],
      ["type", "string", undefined],
      ["caption", "string", undefined],
      ["mode", "string", undefined],
      // Locals read once from the request are written as that reading; one assigned again is not.
      ["explanation", "required_string", 'query->arg("type") == "quiz" && !query->has_arg("caption")'],
      ["hint", "string", "mode.empty()"],
    ]);
    expect(methods.payme!.params.map((p) => [p.param, p.onlyIf])).toEqual([["options", undefined]]);
    // Read only when it is not empty: checked then, as a parameter read only when sent.
    expect(checkedReading(methods.shipme!.params[5]!)).toEqual({ kind: "user_id", sentOnly: true });
    expect(checkedReading(methods.shipme!.params[3]!)).toEqual({ kind: "required_string", when: { not: { isTrue: "ok" } } });
    expect(checkedReading(methods.shipme!.params[2]!)).toBeUndefined();
  });

  it("finds the refusal of a text parsed as JSON right after it is read, only where the reading is not under another condition", () => {
    const body = [
      "td::Status Client::process_json_me_query(PromisedQueryPtr &query) {",
      '  auto markup = query->arg("markup");',
      "  if (markup.empty()) {",
      "    return td::Status::OK();",
      "  }",
      "  auto r_value = json_decode(markup);",
      "  if (r_value.is_error()) {",
      '    LOG(INFO) << "Can\'t parse JSON object: " << r_value.error();',
      '    return td::Status::Error(400, "Can\'t parse markup JSON object");',
      "  }",
      '  auto r_button = json_decode(query->arg("button"));',
      "  if (r_button.is_error()) {",
      '    return td::Status::Error(400, "Can\'t parse button JSON object");',
      "  }",
      '  if (query->has_arg("words")) {',
      '    auto r_words = json_decode(query->arg("words"));',
      "    if (r_words.is_error()) {",
      '      return td::Status::Error(400, "Can\'t parse words JSON object");',
      "    }",
      "  }",
      '  if (type == "quiz") {',
      '    if (query->has_arg("ids")) {',
      '      auto r_ids = json_decode(query->arg("ids"));',
      "      if (r_ids.is_error()) {",
      '        return td::Status::Error(400, "Can\'t parse ids JSON object");',
      "      }",
      "    }",
      "  }",
      "  return td::Status::OK();",
      "}",
      'void Client::init_methods() { methods_.emplace("jsonme", &Client::process_json_me_query); }',
    ].join("\n");
    const params = extract(body, "").methods.jsonme!.params;
    expect(params.map((p) => [p.param, p.json, p.jsonTakesEmpty, p.onlyIf])).toEqual([
      ["markup", "Can't parse markup JSON object", undefined, undefined],
      ["button", "Can't parse button JSON object", true, undefined],
      // First looked at by has_arg, then parsed when sent: nothing sent is never parsed.
      ["words", "Can't parse words JSON object", undefined, undefined],
      // Under a condition not modelled: read only then, and its JSON refusal not taken.
      ["ids", undefined, undefined, 'type == "quiz"'],
    ]);
  });

  it("reads a text parsed or read as a number in a plain block when sent, and a helper's own refusal of JSON", () => {
    const body = [
      "td::Result<int> Client::get_mask(const Query *query, td::Slice field_name) {",
      "  auto mask = query->arg(field_name);",
      "  if (mask.empty()) {",
      "    return nullptr;",
      "  }",
      "  auto r_value = json_decode(mask);",
      "  if (r_value.is_error()) {",
      '    LOG(INFO) << "Can\'t parse JSON object: " << r_value.error();',
      '    return td::Status::Error(400, "Can\'t parse mask JSON object");',
      "  }",
      "  return 0;",
      "}",
      "td::Status Client::process_tip_me_query(PromisedQueryPtr &query) {",
      "  {",
      '    auto max_tip_str = query->arg("max_tip");',
      "    if (!max_tip_str.empty()) {",
      "      auto r_max_tip = td::to_integer_safe<int64>(max_tip_str);",
      "      if (r_max_tip.is_error()) {",
      '        return td::Status::Error(400, "Can\'t parse \\"max_tip\\" as Number");',
      "      }",
      "    }",
      '    auto tips_str = query->arg("tips");',
      "    if (!tips_str.empty()) {",
      "      auto r_tips = json_decode(tips_str);",
      "      if (r_tips.is_error()) {",
      '        return td::Status::Error(400, "Can\'t parse tips JSON object");',
      "      }",
      "    }",
      "  }",
      '  TRY_RESULT(mask, get_mask(query.get(), "mask"));',
      "  return td::Status::OK();",
      "}",
      'void Client::init_methods() { methods_.emplace("tipme", &Client::process_tip_me_query); }',
    ].join("\n");
    expect(helperJsonGuards(body)).toEqual({ get_mask: { message: "Can't parse mask JSON object", required: false } });
    const required = [
      "td::Result<int> Client::get_album(",
      "    const Query *query, td::Slice field_name) const {",
      "  TRY_RESULT(album, get_required_string_arg(query, field_name));",
      "  auto r_value = json_decode(album);",
      "  if (r_value.is_error()) {",
      '    return td::Status::Error(400, PSLICE() << "Can\'t parse album JSON object");',
      "  }",
      "  return 0;",
      "}",
    ].join("\n");
    expect(helperJsonGuards(required)).toEqual({ get_album: { message: "Can't parse album JSON object", required: true } });
    expect(extract(body, "").methods.tipme!.params).toEqual([
      { param: "max_tip", kind: "int64_safe", source: "Client.cpp:15 process_tip_me_query", notNumber: 'Can\'t parse "max_tip" as Number', onlyIf: '!query->arg("max_tip").empty()' },
      { param: "tips", kind: "string", source: "Client.cpp:22 process_tip_me_query", json: "Can't parse tips JSON object" },
      { param: "mask", kind: "helper", helper: "get_mask", source: "Client.cpp:30 process_tip_me_query", json: "Can't parse mask JSON object" },
    ]);
  });

  it("follows the query into helpers across lines and reads Client.h's defaults", () => {
    expect(defaultFieldsOf(header)).toEqual({ get_user_id: "user_id" });
    expect(extract(source, header).methods.banme).toEqual({
      function: "process_ban_me_query",
      params: [
        { param: "chat_id", kind: "string", source: "Client.cpp:6 process_ban_me_query" },
        { param: "user_id", kind: "user_id", source: "Client.cpp:7 process_ban_me_query" },
        { param: "n", kind: "integer", default: 1, min: 1, max: 10, source: "Client.cpp:8 process_ban_me_query" },
        // Read in the callback check_chat calls once the chat is found.
        { param: "revoke_messages", kind: "bool", source: "Client.cpp:16 finish (from process_ban_me_query)", afterLookup: true },
      ],
    });
  });
});

describe("the pages say what the server's readings do", () => {
  const page = (name: string) => readFileSync(`docs/methods/${name}.md`, "utf8").replaceAll("&quot;", '"');
  it("a refusing reading: on the parameter, and in the Errors list with its answer and function", () => {
    const ban = page("banChatMember");
    expect(ban).toContain('{"label":"Server","text":"empty, 0, a negative number or text is refused with “Bad Request: invalid user_id specified” (Client.cpp, get_user_id, from process_ban_chat_member_query)"}');
    expect(ban).toContain("- **400** `Bad Request: invalid user_id specified`<br>\n  `user_id` is empty, 0, negative or not a number (Client.cpp, get_user_id, from process_ban_chat_member_query).");
  });
  it("a reading that changes a value says what it reads; what is newer than the source says it is not checked", () => {
    const send = page("sendMessage");
    expect(send).toContain('{"label":"Server","text":"empty, negative or not a number is read as 0 (no topic) (Client.cpp, get_forum_topic_id, from process_send_message_query)"}');
    expect(send).toContain('{"label":"Server","text":"newer than the server source checked here (telegram-bot-api 01a3679, Bot API 10.0): not checked"}');
    expect(page("sendRichMessage")).toContain("sendRichMessage is not in the Bot API server source this site checks against (telegram-bot-api 01a3679, Bot API 10.0)");
    expect(page("getMe")).toContain("The method takes no parameters, so nothing in its request can be refused.");
    expect(send).toContain('{"label":"Server","text":"JSON; text td cannot parse, or anything but a list, is dropped, not refused: the message goes without entities; with text in `text` and a parse mode in `parse_mode`, not read at all; otherwise each item read (get_text_entity:');
    expect(send).toContain("- **400** `Bad Request: can't parse reply keyboard markup JSON object`<br>\n  `reply_markup` is not JSON (Client.cpp, get_reply_markup, from process_send_message_query).");
  });
});

describe("the stand-in Bot API answers from the same readings", () => {
  it("refuses the first parameter a reading refuses, in the server's order, with its answer", async () => {
    const { startFakeBotApi } = await import("../../support/fakeBotApi");
    const api = await startFakeBotApi({ tokens: ["1:T"] });
    try {
      const call = async (method: string, body: Record<string, unknown>) => (await fetch(`${api.origin}/bot1:T/${method}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json();
      expect(await call("banChatMember", { chat_id: 1, user_id: 0 })).toEqual({ ok: false, error_code: 400, description: "Bad Request: invalid user_id specified" });
      expect(await call("banChatMember", { chat_id: 1, user_id: "-5" })).toEqual({ ok: false, error_code: 400, description: "Bad Request: invalid user_id specified" });
      // sendInvoice reads title, description, payload, then currency: the first missing one is the answer.
      expect(await call("sendInvoice", { chat_id: 1, title: "T", currency: "XTR" })).toEqual({ ok: false, error_code: 400, description: 'Bad Request: parameter "description" is required' });
      // A missing file: the guard after get_input_file (Client.cpp, process_send_photo_query).
      expect(await call("sendPhoto", { chat_id: 1 })).toEqual({ ok: false, error_code: 400, description: "Bad Request: there is no photo in the request" });
      // A JSON parameter td cannot parse, sent as text in a JSON body.
      expect(await call("sendMessage", { chat_id: 1, text: "hi", reply_markup: "{" })).toEqual({ ok: false, error_code: 400, description: "Bad Request: can't parse reply keyboard markup JSON object" });
      expect(firstRefusal("sendInvoice", { title: "T", description: "D", payload: "P", currency: "XTR", prices: "[{\"label\":\"A\",\"amount\":1}]" })).toBeUndefined();
      // Once the chat is found, td's checks of the message: its text after parsing and trimming, its caption's length.
      expect(await call("sendMessage", { chat_id: 1, text: "" })).toEqual({ ok: false, error_code: 400, description: "Bad Request: message text is empty" });
      expect(await call("sendMessage", { chat_id: 1, text: "<i> </i>", parse_mode: "HTML" })).toEqual({ ok: false, error_code: 400, description: "Bad Request: text must be non-empty" });
      expect(await call("sendMessage", { chat_id: 1, text: `*${"x".repeat(4097)}*`, parse_mode: "MarkdownV2" })).toEqual({ ok: false, error_code: 400, description: "Bad Request: message is too long" });
      expect(await call("sendPhoto", { chat_id: 1, photo: "AgAD", caption: "y".repeat(1025) })).toEqual({ ok: false, error_code: 400, description: "Bad Request: message caption is too long" });
      expect(await call("sendMessage", { chat_id: "@nobody_here", text: "hi" })).toEqual({ ok: false, error_code: 400, description: "Bad Request: chat not found" });
      expect((await call("sendMessage", { chat_id: 1, text: `*${"x".repeat(4096)}*`, parse_mode: "MarkdownV2" })).ok).toBe(true);
    } finally {
      await api.close();
    }
  });
});

describe("td's checks laid over the readings", () => {
  it("a bot's language code: nothing, or two letters a-z (td misc.cpp, validate_bot_language_code)", () => {
    const kind = { kind: "bot_language_code" } as const;
    expect([verdictOf(kind, "language_code", ""), verdictOf(kind, "language_code", "en"), verdictOf(kind, "language_code", undefined)]).toEqual([undefined, undefined, undefined]);
    expect(verdictOf(kind, "language_code", "EN")).toEqual({ refused: "must be empty or two lowercase letters a-z (an ISO 639-1 code such as “en”); this is “EN”.", answer: "Bad Request: invalid language code specified" });
    expect(verdictOf(kind, "language_code", "eng")).toMatchObject({ answer: "Bad Request: invalid language code specified" });
    expect(readingsOf("setMyName")!.find((r) => r.param === "language_code")).toMatchObject({ kind: "bot_language_code", td: expect.stringContaining("BotInfoManager.cpp set_bot_name") });
    // Every method with a language_code parameter has the check.
    for (const m of schema.methods.filter((m) => m.fields.some((f) => f.name === "language_code"))) expect(readingsOf(m.name)!.find((r) => r.param === "language_code")?.kind, m.name).toBe("bot_language_code");
  });

  it("setMyCommands: commands trimmed, one '/' dropped, lengths in code points (td BotCommand.cpp, set_commands)", () => {
    const slice = serverSlice(schema, "setMyCommands");
    const check = (commands: unknown[], language_code?: string) => validateCall(slice, { commands, ...(language_code === undefined ? {} : { language_code }) });
    expect(check([{ command: "/start", description: "Start" }, { command: " help ", description: "Help" }])).toEqual([]);
    expect(check([{ command: " / ", description: "x" }])).toEqual([
      { path: "commands[0].command", severity: "error", message: "commands[0].command: is empty once trimmed and without its leading “/”. The server answers “Bad Request: command must be non-empty”." },
    ]);
    // 32 emoji are 64 UTF-16 units but 32 code points: accepted; 33 are refused.
    expect(check([{ command: "😀".repeat(32), description: "x" }])).toEqual([]);
    expect(check([{ command: "😀".repeat(33), description: "x" }])).toEqual([
      { path: "commands[0].command", severity: "error", message: "commands[0].command: has 33 characters once trimmed; the server takes at most 32. The server answers “Bad Request: command length must not exceed 32”." },
    ]);
    expect(check([{ command: "a", description: " \t" }])).toEqual([
      { path: "commands[0].description", severity: "error", message: "commands[0].description: is empty once trimmed. The server answers “Bad Request: command description must be non-empty”." },
    ]);
    expect(check([{ command: "a", description: "x" }], "EN")).toEqual([
      { path: "language_code", severity: "error", message: "language_code: must be empty or two lowercase letters a-z (an ISO 639-1 code such as “en”); this is “EN”. The server answers “Bad Request: invalid language code specified”." },
    ]);
  });
});

describe("td's check of several parameters together", () => {
  it("createChatInviteLink and editChatInviteLink: no member limit on a link that needs approval", async () => {
    const { toBool } = await import("../../../playground/server/readingKinds");
    expect([toBool(true), toBool(" YES\t"), toBool("1"), toBool(false), toBool("on"), toBool(undefined)]).toEqual([true, true, true, false, false, false]);
    for (const method of ["createChatInviteLink", "editChatInviteLink"]) {
      const slice = serverSlice(schema, method);
      expect(slice.callChecks).toEqual([{ kind: "join_request_limit", order: Object.keys(slice.readings ?? {}).length }]);
      const base = method === "editChatInviteLink" ? { chat_id: 1, invite_link: "https://t.me/+x" } : { chat_id: 1 };
      expect(validateCall(slice, { ...base, creates_join_request: true, member_limit: 5 })).toEqual([
        {
          path: "member_limit",
          severity: "error",
          message: "member_limit: can't be set on a link that needs an administrator's approval (creates_join_request); td checks it once the chat is found. The server answers “Bad Request: member limit can't be specified for links requiring administrator approval”.",
        },
      ]);
      // A limit the server reads as 0 (negative: clamped to 0) is no limit.
      expect(validateCall(slice, { ...base, creates_join_request: true, member_limit: -3 }).filter((i) => i.severity === "error")).toEqual([]);
      expect(validateCall(slice, { ...base, creates_join_request: false, member_limit: 5 })).toEqual([]);
    }
    const page = readFileSync("docs/methods/createChatInviteLink.md", "utf8");
    expect(page).toContain("- **400** `Bad Request: member limit can't be specified for links requiring administrator approval`<br>\n  `member_limit` is set on a link with `creates_join_request`, once the chat is found (td/telegram/DialogInviteLinkManager.cpp, export_dialog_invite_link).");
  });
});

describe("sendPoll as the server and td read it", () => {
  const poll = () => serverSlice(schema, "sendPoll");
  const base = { chat_id: 1, question: "Q" };
  const errors = (params: Record<string, unknown>) => validateCall(poll(), { ...base, ...params }).filter((i) => i.severity === "error");

  it("options: plain strings are taken as the options' text (get_input_poll_options), with a note that GramIO's types take objects", () => {
    expect(validateCall(poll(), { ...base, options: ["a", "b"] })).toEqual([
      { path: "options", severity: "warning", message: "options: the server takes text as the option's text (items 0, 1); GramIO's types take { text: \"…\" }." },
    ]);
    expect(validateCall(poll(), { ...base, options: [{ text: "a" }, { text: "b" }] })).toEqual([]);
  });

  it("options: each refusal of get_input_poll_options, with its answer", () => {
    const answer = (options: unknown) => errors({ options }).map((i) => i.message);
    expect(answer(undefined)).toEqual(["options: is required. The server answers “Bad Request: can't parse options JSON object”."]);
    expect(answer("[1,")).toEqual(["options: is not JSON. The server answers “Bad Request: can't parse options JSON object”."]);
    expect(answer({ text: "a" })).toEqual(["options: must be a list of options. The server answers “Bad Request: expected an Array of String as options”."]);
    expect(answer(["a", 5])).toEqual(["options: item 1 is a number: an option is text or an object. The server answers “Bad Request: expected an option to be of type String”."]);
    expect(answer(["a", { media: 1 }])).toEqual(["options: item 1 has no text. The server answers “Bad Request: can't find field \"text\"”."]);
    expect(answer([{ text: true }])).toEqual(["options: item 0 has a text that is neither text nor a number. The server answers “Bad Request: field \"text\" must be of type String”."]);
    // td's JsonObject::get_required_string_field takes a number as text.
    expect(answer(["a", { text: 5 }])).toEqual([]);
  });

  it("td: at least one option, and a quiz's correct options non-empty, increasing and existing", () => {
    const two = [{ text: "a" }, { text: "b" }];
    // The server's own error replaces the schema's “needs 1-12 items” on the same place.
    expect(errors({ options: [] }).map((i) => i.message)).toEqual(["options: needs at least one option; td checks it once the chat is found. The server answers “Bad Request: poll must have at least one answer option”."]);
    expect(errors({ options: two, type: "quiz" }).map((i) => i.message)).toEqual([
      "correct_option_ids: a quiz needs its correct options (correct_option_ids); td checks it once the chat is found. The server answers “Bad Request: correct quiz option list must be non-empty”.",
    ]);
    expect(errors({ options: two, type: "quiz", correct_option_ids: [] }).map((i) => i.path)).toEqual(["correct_option_ids"]);
    expect(errors({ options: two, type: "quiz", correct_option_ids: [1, 0] }).map((i) => i.message)).toEqual([
      "correct_option_ids: must be in increasing order, without repeats; td checks it once the chat is found. The server answers “Bad Request: correct quiz option list must be increasing”.",
    ]);
    expect(errors({ options: two, type: "quiz", correct_option_ids: [0, 2] }).map((i) => i.message)).toEqual([
      "correct_option_ids: names an option that does not exist (the poll has options 0-1); td checks it once the chat is found. The server answers “Bad Request: wrong quiz correct_option_id”.",
    ]);
    // correct_option_id (read with get_integer_arg, -1 for nothing) stands in when correct_option_ids is not sent.
    expect(errors({ options: two, type: "quiz", correct_option_id: 1 })).toEqual([]);
    expect(errors({ options: two, type: "quiz", correct_option_id: 2 }).map((i) => i.path)).toEqual(["correct_option_id"]);
    expect(errors({ options: two, type: "quiz", correct_option_ids: [0, 1] })).toEqual([]);
    // A regular poll reads no correct options at all; the server compares type with “quiz” exactly.
    expect(errors({ options: two, correct_option_ids: [5] })).toEqual([]);
  });

  it("a quiz's correct_option_ids as the server reads them, at their place in its order", () => {
    const two = [{ text: "a" }, { text: "b" }];
    expect(errors({ options: two, type: "quiz", correct_option_ids: "[0," }).map((i) => i.message)).toEqual(["correct_option_ids: is not JSON. The server answers “Bad Request: can't parse correct option identifiers JSON object”."]);
    expect(errors({ options: two, type: "quiz", correct_option_ids: ["0"] }).map((i) => i.message)).toEqual(["correct_option_ids: item 0 is not a number. The server answers “Bad Request: correct option identifier must be of type Number”."]);
    expect(errors({ options: two, type: "quiz", correct_option_ids: [0.5] }).map((i) => i.message)).toEqual(["correct_option_ids: item 0 is not a 32-bit integer written plainly (“0.5”). The server answers “Bad Request: invalid correct option identifier specified”."]);
    // Read after options: a bad options list is the first answer, the correct options the next.
    const both = validateCall(poll(), { ...base, options: "x", type: "quiz", correct_option_ids: ["0"] }).filter((i) => i.severity === "error");
    expect(both.map((i) => [i.path, i.label])).toEqual([["options", undefined], ["correct_option_ids", "Next error"]]);
  });

  it("the stand-in answers the same, before any lookup only", () => {
    expect(firstRefusal("sendpoll", { chat_id: "1", question: "Q", options: "[1]" })).toBe("Bad Request: expected an option to be of type String");
    expect(firstRefusal("sendpoll", { chat_id: "1", question: "Q", options: '["a"]', type: "quiz", correct_option_ids: "[\"0\"]" })).toBe("Bad Request: correct option identifier must be of type Number");
    // td's checks come once the chat is found, which the stand-in does not do.
    expect(firstRefusal("sendpoll", { chat_id: "1", question: "Q", options: "[]", type: "quiz" })).toBeUndefined();
  });

  it("the page lists each answer where the server makes it", () => {
    const page = readFileSync("docs/methods/sendPoll.md", "utf8");
    const errorsSection = page.slice(page.indexOf("## Errors"));
    const order = ["can't parse options JSON object", "can't find field \"text\"", "can't parse correct option identifiers JSON object", "poll must have at least one answer option", "wrong quiz correct_option_id"].map((a) => errorsSection.indexOf(`Bad Request: ${a}`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(errorsSection).toContain("`correct_option_ids` has an item that is not a number, in a quiz (Client.cpp, process_send_poll_query).");
  });
});

describe("a boolean's default, as the server starts from it", () => {
  it("extract finds a start value other than false, and a value that depends on another parameter", async () => {
    const { boolDefaults } = await import("../../../playground/server/extract");
    const source = [
      "td::Status Client::process_send_quiz_query(PromisedQueryPtr &query) {",
      "  bool is_open = true;",
      '  if (query->has_arg("is_open")) {',
      '    is_open = to_bool(query->arg("is_open"));',
      "  }",
      '  bool revote = type != "quiz";',
      '  if (query->has_arg("revote")) {',
      '    revote = to_bool(query->arg("revote"));',
      "  }",
      "  bool edit = true;",
      '  if (query->has_arg("no_edit")) {',
      '    edit = !to_bool(query->arg("no_edit"));',
      "  }",
      "}",
    ].join("\n");
    // A negated reading (disable_…) is false when not sent: not a start value of its own.
    expect(boolDefaults(source)).toEqual({ "process_send_quiz_query.is_open": "true", "process_send_quiz_query.revote": 'type != "quiz"' });
  });

  it("words a start value for a page", async () => {
    const { boolDefaultOf } = await import("../../../playground/server/readingKinds");
    expect([undefined, "true", 'type != "quiz"', 'mode == "x"'].map((e) => boolDefaultOf(e))).toEqual([
      { value: false, words: "False" },
      { value: true, words: "True" },
      { words: "True, or False when type is “quiz”" },
      { words: "False, or True when mode is “x”" },
    ]);
  });

  it("sendPoll: allows_revoting is true unless the poll is a quiz (the schema's “default False” is not the server's), is_anonymous true", async () => {
    const { hintFor } = await import("../../../playground/call/controls");
    const fields = serverSlice(schema, "sendPoll").method.fields;
    const field = (name: string) => fields.find((f) => f.name === name)!;
    expect(field("allows_revoting").constraints?.default).toBeUndefined();
    expect(hintFor(field("allows_revoting"))).toBe("Boolean");
    expect(field("is_anonymous").constraints?.default).toBe(true);
    const page = readFileSync("docs/methods/sendPoll.md", "utf8");
    expect(page).toContain('<ApiParam name="allows_revoting" type="Boolean" default-value="True, or False when type is “quiz”"');
    expect(page).toContain("when not sent: True, or False when type is “quiz” (Client.cpp, process_send_poll_query)");
    expect(page).toMatch(/<ApiParam name="is_anonymous" type="Boolean" default-value="True"[ >]/);
  });
});

describe("lists of ids, as get_message_ids and get_user_ids read them", () => {
  const del = () => serverSlice(schema, "deleteMessages");
  const errors = (message_ids: unknown) => validateCall(del(), { chat_id: 1, message_ids }).filter((i) => i.severity === "error").map((i) => i.message);

  it("takes numbers and text, refuses the rest in the helper's order, with its answers", () => {
    expect(errors([1, 2])).toEqual([]);
    expect(validateCall(del(), { chat_id: 1, message_ids: [1, "2"] })).toEqual([
      { path: "message_ids", severity: "warning", message: "message_ids: the server reads text items as numbers (item 1); GramIO's types take numbers." },
    ]);
    expect(errors("[1,")).toEqual(["message_ids: is not JSON. The server answers “Bad Request: can't parse message_ids JSON object”."]);
    expect(errors({ a: 1 })).toEqual(["message_ids: must be a list of message identifiers. The server answers “Bad Request: expected an Array of message identifiers”."]);
    expect(errors(Array.from({ length: 101 }, (_, i) => i + 1))).toEqual(["message_ids: has 101 items; the server takes at most 100. The server answers “Bad Request: too many message identifiers specified”."]);
    expect(errors(Array.from({ length: 100 }, (_, i) => i + 1))).toEqual([]);
    expect(errors([1, true])).toEqual(["message_ids: item 1 is neither a number nor text. The server answers “Bad Request: message identifier must be a Number”."]);
    // td's to_integer_safe: the text must read back the same, within 32 bits for messages.
    for (const bad of ["05", "1.5", "2147483648", " 7", "x"]) expect(errors([bad])).toEqual([`message_ids: item 0 is not a whole number the server reads (32-bit, written plainly). The server answers “Bad Request: can't parse message identifier as a Number”.`]);
    expect(errors([1.5])).toHaveLength(1);
    expect(errors([3, 0])).toEqual(["message_ids: item 1 is 0: identifiers are positive. The server answers “Bad Request: invalid message identifier specified”."]);
    expect(errors(["-4"])).toEqual(["message_ids: item 0 is -4: identifiers are positive. The server answers “Bad Request: invalid message identifier specified”."]);
    // The guard after the reading: an empty list is no ids.
    expect(errors([])).toEqual(["message_ids: is required. The server answers “Bad Request: message identifiers are not specified”."]);
  });

  it("td's to_integer_safe reads back the text: wrapping, no leading zeros or plus", async () => {
    const { toIntegerSafe } = await import("../../../playground/server/td");
    expect(["1", "-1", "05", "+5", "2147483647", "2147483648", "-0", ""].map((t) => toIntegerSafe(t, 32))).toEqual([1n, -1n, undefined, undefined, 2147483647n, undefined, undefined, undefined]);
    expect(toIntegerSafe("9223372036854775807", 64)).toBe(9223372036854775807n);
  });

  it("the stand-in answers the same", () => {
    expect(firstRefusal("deletemessages", { chat_id: "1", message_ids: '["x"]' })).toBe("Bad Request: can't parse message identifier as a Number");
    expect(firstRefusal("deletemessages", { chat_id: "1", message_ids: "[1,2]" })).toBeUndefined();
  });

  it("a list read only under a condition on the request is checked then (setManagedBotAccessSettings: when is_access_restricted is true)", () => {
    const reading = readingsOf("setManagedBotAccessSettings")!.find((r) => r.param === "added_user_ids")!;
    expect(reading).toMatchObject({ kind: "user_ids", max: 10, onlyIf: 'to_bool(query->arg("is_access_restricted")) && query->has_arg("added_user_ids")' });
    const checked = serverSlice(schema, "setManagedBotAccessSettings").readings?.added_user_ids;
    expect(checked).toEqual({ kind: "user_ids", max: 10, sentOnly: true, when: { isTrue: "is_access_restricted" } });
    const eleven = JSON.stringify(Array.from({ length: 11 }, (_, i) => i + 1));
    expect(firstRefusal("setmanagedbotaccesssettings", { user_id: "1", is_access_restricted: "true", added_user_ids: eleven })).toBe("Bad Request: too many user identifiers specified");
    expect(firstRefusal("setmanagedbotaccesssettings", { user_id: "1", is_access_restricted: "false", added_user_ids: eleven })).toBeUndefined();
  });

  it("a parameter read only when sent is checked then and never refused for missing (getChatMenuButton's chat_id)", () => {
    const slice = serverSlice(schema, "getChatMenuButton");
    expect(validateCall(slice, {})).toEqual([]);
    expect(validateCall(slice, { chat_id: 0 })).toEqual([
      { path: "chat_id", severity: "error", message: "chat_id: the server reads “0” as 0. The server answers “Bad Request: invalid chat_id specified”." },
    ]);
    const page = readFileSync("docs/methods/getChatMenuButton.md", "utf8");
    expect(page).toContain("`chat_id`, when sent, is empty, 0, negative or not a number (Client.cpp, get_user_id, from process_get_chat_menu_button_query).");
  });
});

describe("names td cleans (td/telegram/misc.cpp clean_input_string, strip_empty_characters, clean_name)", () => {
  it("clean_input_string: control characters to spaces, \\r and separators out, runs of direction marks kept last", async () => {
    const { cleanInputString } = await import("../../../playground/server/tdNames");
    expect(cleanInputString("a\tb\r\nc\u0001d")).toBe("a b\nc d");
    expect(cleanInputString("x\u2028y\u202ez\u0333")).toBe("xyz");
    expect(cleanInputString("a\u200e\u200f\u200eb")).toBe("a\u200c\u200c\u200eb");
  });

  it("clean_name: blank characters to spaces, trimmed, cut in code points, runs of spaces to one; only blanks is nothing", async () => {
    const { cleanName } = await import("../../../playground/server/tdNames");
    expect(cleanName("  Team \u2003 chat\n\nroom ", 128)).toBe("Team chat room");
    expect(cleanName("\u200b\u00a0 \ufeff", 128)).toBe("");
    expect(cleanName("tag\u{e0041}s", 128)).toBe("tag s");
    // Cut to the length in code points, then trimmed: an emoji counts once.
    expect(cleanName(`${"😀".repeat(3)}  end`, 4)).toBe("😀😀😀");
    expect(cleanName("a\u202eb", 128)).toBe("a\u202eb");
  });

  it("setChatTitle: a blank title is refused once the chat is found, a long one cut, a messy one stored clean", () => {
    const slice = serverSlice(schema, "setChatTitle");
    const check = (title: string) => validateCall(slice, { chat_id: 1, title });
    expect(check("   \u2003")).toEqual([
      { path: "title", severity: "error", message: "title: is blank once td cleans it (spaces and blank characters only); td checks it once the chat is found. The server answers “Bad Request: title must be non-empty”." },
    ]);
    expect(check("")[0]!.message).toBe("title: is required. The server answers “Bad Request: title must be non-empty”.");
    expect(check("x".repeat(200))).toEqual([{ path: "title", severity: "warning", message: `title: td cuts it to 128 characters: “${"x".repeat(40)}…”.` }]);
    expect(check(" Team  chat ")).toEqual([{ path: "title", severity: "warning", message: "title: td stores it as “Team chat” (blank characters out, spaces collapsed, trimmed)." }]);
    expect(check("Team chat")).toEqual([]);
    const page = readFileSync("docs/methods/setChatTitle.md", "utf8");
    expect(page).toContain("`title` is empty or blank once cleaned, once the chat is found (td/telegram/misc.cpp clean_name, from DialogManager.cpp set_dialog_title).");
  });

  it("editForumTopic keeps the name when none is sent; an invite link's blank name is no name", () => {
    expect(validateCall(serverSlice(schema, "editForumTopic"), { chat_id: 1, message_thread_id: 5 }).filter((i) => i.path === "name")).toEqual([]);
    expect(validateCall(serverSlice(schema, "editForumTopic"), { chat_id: 1, message_thread_id: 5, name: "  " }).filter((i) => i.path === "name").map((i) => i.severity)).toEqual(["error"]);
    expect(validateCall(serverSlice(schema, "createChatInviteLink"), { chat_id: 1, name: " \u200b " })).toEqual([
      { path: "name", severity: "warning", message: "name: td cleans it to nothing (blank characters and spaces only): the link gets no name." },
    ]);
    expect(validateCall(serverSlice(schema, "createChatInviteLink"), { chat_id: 1 })).toEqual([]);
  });
});

describe("a bot command scope as get_bot_command_scope reads it", () => {
  const errors = (scope: unknown) =>
    validateCall(serverSlice(schema, "deleteMyCommands"), { scope }).filter((i) => i.severity === "error").map((i) => i.message);
  const answer = (message: string) => `The server answers “Bad Request: can't parse BotCommandScope: ${message}”.`;

  it("takes nothing (the default scope) and every known scope with what it needs", () => {
    expect(errors(undefined)).toEqual([]);
    // td's get_required_long_field takes text too: a note, since GramIO's types take a number.
    expect(validateCall(serverSlice(schema, "deleteMyCommands"), { scope: { type: "chat_member", chat_id: 1, user_id: "42" } })).toEqual([
      { path: "scope", severity: "warning", message: "scope: the server reads user_id “42” as the number 42; GramIO's types take a number." },
    ]);
    for (const scope of [{ type: "default" }, { type: "all_group_chats" }, { type: "chat", chat_id: "@channel" }, { type: "chat_administrators", chat_id: -100 }, { type: "chat_member", chat_id: 1, user_id: 42 }]) expect(errors(scope), JSON.stringify(scope)).toEqual([]);
  });

  it("refuses in the helper's order, with its answers word for word", () => {
    expect(errors("{")).toEqual(["scope: is not JSON. The server answers “Bad Request: can't parse BotCommandScope JSON object”."]);
    expect(errors("[1]")).toEqual([`scope: must be a BotCommandScope object. ${answer("BotCommandScope must be an Object")}`]);
    expect(errors({ chat_id: 1 })).toEqual([`scope: has no type. ${answer("Can't find field \"type\"")}`]);
    expect(errors({ type: "chats" })).toEqual([`scope: has a type the server does not know (“chats”). ${answer("Unsupported type specified")}`]);
    // The schema's own “scope.chat_id is required” gives way to the server's answer.
    expect(errors({ type: "chat" })).toEqual([`scope: a “chat” scope needs chat_id. ${answer("Can't find field \"chat_id\"")}`]);
    expect(errors({ type: "chat", chat_id: "" })).toEqual([`scope: has an empty chat_id. ${answer("Empty chat_id specified")}`]);
    expect(errors({ type: "chat_member", chat_id: 1 })).toEqual([`scope: a “chat_member” scope needs user_id. ${answer("Can't find field \"user_id\"")}`]);
    expect(errors({ type: "chat_member", chat_id: 1, user_id: "07" })).toEqual([`scope: has a user_id that is not a whole 64-bit number written plainly. ${answer("Field \"user_id\" must be a valid Number")}`]);
    expect(errors({ type: "chat_member", chat_id: 1, user_id: 0 })).toEqual([`scope: has user_id 0: user identifiers are positive. ${answer("Invalid user_id specified")}`]);
  });

  it("the stand-in and the page say the same", () => {
    expect(firstRefusal("deletemycommands", { scope: '{"type":"chat"}' })).toBe("Bad Request: can't parse BotCommandScope: Can't find field \"chat_id\"");
    expect(firstRefusal("deletemycommands", { scope: '{"type":"default"}' })).toBeUndefined();
    const page = readFileSync("docs/methods/setMyCommands.md", "utf8");
    expect(page).toContain("- **400** `Bad Request: can't parse BotCommandScope: Empty chat_id specified`<br>\n  `scope` is a chat scope with an empty `chat_id` (Client.cpp, get_bot_command_scope, from process_set_my_commands_query).");
  });
});

describe("readings under a condition the source sets", () => {
  it("does not refuse what a branch not taken would read (answerPreCheckoutQuery and answerShippingQuery with ok)", () => {
    expect(firstRefusal("answerPreCheckoutQuery", { pre_checkout_query_id: "1", ok: "true" })).toBeUndefined();
    expect(firstRefusal("answerShippingQuery", { shipping_query_id: "1", ok: "false", error_message: "Sorry" })).toBeUndefined();
    // The branch taken is checked: ok is read as to_bool reads it.
    expect(firstRefusal("answerPreCheckoutQuery", { pre_checkout_query_id: "1", ok: "False" })).toBe('Bad Request: parameter "error_message" is required');
    expect(firstRefusal("answerPreCheckoutQuery", { pre_checkout_query_id: "1" })).toBe('Bad Request: parameter "error_message" is required');
    expect(firstRefusal("answerShippingQuery", { shipping_query_id: "1", ok: "yes" })).toBe('Bad Request: parameter "shipping_options" is required');
    const slice = serverSlice(schema, "answerPreCheckoutQuery");
    expect(validateCall(slice, { pre_checkout_query_id: "1", ok: false }).map((i) => i.message)).toEqual([
      'error_message: is required. The server answers “Bad Request: parameter "error_message" is required”.',
    ]);
    expect(validateCall(slice, { pre_checkout_query_id: "1", ok: true })).toEqual([]);
    expect(readingRule(slice.readings!.error_message!, "error_message").refusals).toEqual([{ when: ", when ok is false, is empty", answer: 'Bad Request: parameter "error_message" is required' }]);
    // Read only when not empty: deleteMessageReaction's user_id is checked when given, and may be left out for actor_chat_id.
    expect(firstRefusal("deleteMessageReaction", { chat_id: "1", message_id: "2", actor_chat_id: "3" })).toBeUndefined();
    expect(firstRefusal("deleteMessageReaction", { chat_id: "1", message_id: "2", user_id: "x" })).toBe("Bad Request: invalid user_id specified");
    // A helper shared by methods reads what only one of them takes: stopMessageLiveLocation reads no location.
    expect(readingsOf("stopMessageLiveLocation")!.map((r) => r.param)).not.toContain("latitude");
    expect(readingsOf("editMessageLiveLocation")!.find((r) => r.param === "latitude")!.empty).toBe("Bad Request: latitude is empty");
  });
});
