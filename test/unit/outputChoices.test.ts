import { describe, expect, it } from "vitest";
import { MAX_CHOICE_TEXT, splitChoices, withChoices } from "../../playground/call/outputChoices";
import { WEBHOOK_OUTPUTS } from "../../playground/webhook/outputs";

const defaults = { framework: "express", update: "message", as: "curl", to: "" };

describe("the outputs' controls in the link", () => {
  it("adds only what differs from the defaults, after the method's own query", () => {
    expect(withChoices("url=https%3A%2F%2Fx.example%2Fh&tab=server", WEBHOOK_OUTPUTS, { ...defaults, framework: "fastify" })).toBe(
      "url=https%3A%2F%2Fx.example%2Fh&tab=server&framework=fastify",
    );
    expect(withChoices("", WEBHOOK_OUTPUTS, defaults)).toBe("");
    expect(withChoices("", WEBHOOK_OUTPUTS, { ...defaults, update: "chat_member", as: "fetch", to: "http://localhost:3000/h" })).toBe(
      "update=chat_member&as=fetch&to=http%3A%2F%2Flocalhost%3A3000%2Fh",
    );
    // Never what a control does not offer, nor a text too long to read back.
    expect(withChoices("", WEBHOOK_OUTPUTS, { ...defaults, framework: "rails", to: "x".repeat(MAX_CHOICE_TEXT + 1) })).toBe("");
  });

  it("takes them out of a link and leaves the rest to the method's format", () => {
    expect(splitChoices("?url=u&framework=hono&tab=server&as=fetch", WEBHOOK_OUTPUTS)).toEqual({
      choices: { ...defaults, framework: "hono", as: "fetch" },
      rest: "url=u&tab=server",
      notices: [],
    });
  });

  it("ignores a value the control does not offer, with a notice, and reads a round trip back", () => {
    expect(splitChoices("framework=%3Cscript%3E&update=message", WEBHOOK_OUTPUTS)).toEqual({
      choices: defaults,
      rest: "",
      notices: ["Ignored framework from the link: “<script>” is not one of its choices."],
    });
    const chosen = { ...defaults, framework: "workers", update: "callback_query", to: "http://127.0.0.1:3000/tg?x=1&y" };
    expect(splitChoices(withChoices("tab=test-update", WEBHOOK_OUTPUTS, chosen), WEBHOOK_OUTPUTS).choices).toEqual(chosen);
  });

  it("leaves a method without output controls untouched", () => {
    expect(splitChoices("call=%7B%7D&framework=hono", [])).toEqual({ choices: {}, rest: "call=%7B%7D&framework=hono", notices: [] });
  });
});
