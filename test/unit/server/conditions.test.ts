/** The conditions the server reads a parameter under (`playground/server/conditions.ts`): read from the source, decided on a request, said in words. */
import { describe, expect, it } from "vitest";
import { conditionWords, holds, paramsOf, parseCondition, toBool } from "../../../playground/server/conditions";

describe("conditions on the request", () => {
  it("reads the atoms the server's source writes, with !, && and || and parentheses", () => {
    expect(parseCondition('query->has_arg("caption")')).toEqual({ sent: "caption" });
    expect(parseCondition('!query->has_arg("reply_parameters")')).toEqual({ not: { sent: "reply_parameters" } });
    expect(parseCondition('!query->arg("user_id").empty()')).toEqual({ nonEmpty: "user_id" });
    expect(parseCondition('query->arg("user_id").empty()')).toEqual({ not: { nonEmpty: "user_id" } });
    expect(parseCondition('!(to_bool(query->arg("ok")))')).toEqual({ not: { isTrue: "ok" } });
    expect(parseCondition('query->arg("type") == "quiz"')).toEqual({ param: "type", equals: "quiz" });
    expect(parseCondition('query->arg("type") != "quiz"')).toEqual({ not: { param: "type", equals: "quiz" } });
    expect(parseCondition('query->arg("type").empty() || query->arg("type") == "regular"')).toEqual({ any: [{ not: { nonEmpty: "type" } }, { param: "type", equals: "regular" }] });
    expect(parseCondition('to_bool(query->arg("is_access_restricted")) && query->has_arg("added_user_ids")')).toEqual({ all: [{ isTrue: "is_access_restricted" }, { sent: "added_user_ids" }] });
  });

  it("takes “sent and not empty” as one condition", () => {
    expect(parseCondition('!(query->has_arg("chat_id") && !query->arg("chat_id").empty())')).toEqual({ not: { nonEmpty: "chat_id" } });
  });

  it("leaves what is not about the request unread: a file found, a number computed, a method's own state", () => {
    expect(parseCondition("sticker != nullptr")).toBeUndefined();
    expect(parseCondition('query->arg("chat_id").empty() && message_id == 0')).toBeUndefined();
    expect(parseCondition("query->is_internal()")).toBeUndefined();
    expect(parseCondition('(query->has_arg("a")')).toBeUndefined();
    expect(parseCondition('query->has_arg("a") &&')).toBeUndefined();
  });

  it("decides a request as the server reads it: sent even empty, to_bool's words, the text as sent", () => {
    const quiz = parseCondition('query->arg("type") == "quiz"')!;
    expect(holds(quiz, { type: "quiz" })).toBe(true);
    expect(holds(quiz, { type: "Quiz" })).toBe(false);
    expect(holds(quiz, {})).toBe(false);
    const sent = parseCondition('query->has_arg("caption")')!;
    expect(holds(sent, { caption: "" })).toBe(true);
    expect(holds(sent, {})).toBe(false);
    const restricted = parseCondition('to_bool(query->arg("is_access_restricted"))')!;
    expect([true, "true", " YES ", "1", 1].map((v) => holds(restricted, { is_access_restricted: v }))).toEqual([true, true, true, true, true]);
    expect([false, "on", "2", undefined].map((v) => holds(restricted, { is_access_restricted: v }))).toEqual([false, false, false, false]);
    expect(toBool("\tTrue\n")).toBe(true);
    const noChat = parseCondition('!(query->has_arg("chat_id") && !query->arg("chat_id").empty())')!;
    expect([undefined, "", "5"].map((v) => holds(noChat, { chat_id: v }))).toEqual([true, true, false]);
  });

  it("says a condition in words, negations pushed inward", () => {
    const words = (source: string) => conditionWords(parseCondition(source)!);
    expect(words('query->arg("type") == "quiz"')).toBe("type is “quiz”");
    expect(words('!query->has_arg("reply_parameters")')).toBe("reply_parameters is not sent");
    expect(words('!(query->has_arg("chat_id") && !query->arg("chat_id").empty())')).toBe("chat_id is empty or not sent");
    expect(words('!(to_bool(query->arg("ok")) || query->arg("type") == "quiz")')).toBe("ok is false and type is not “quiz”");
    expect(words('query->arg("type").empty() || query->arg("type") == "regular"')).toBe("type is empty or not sent or type is “regular”");
    expect(paramsOf(parseCondition('to_bool(query->arg("a")) && !query->has_arg("b")')!)).toEqual(["a", "b"]);
  });
});
