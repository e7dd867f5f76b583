import { describe, expect, it } from "vitest";
import { explainDeliveryError } from "../../../playground/facts/errors";

describe("delivery errors", () => {
  it("explains exact texts first, then by prefix", () => {
    expect(explainDeliveryError("Wrong response from the webhook: 404 Not Found")?.cause).toBe("The path in `url` does not match your route.");
    expect(explainDeliveryError("Wrong response from the webhook: 418 I'm a teapot")?.cause).toBe("Your server answered with a status other than 2XX.");
    expect(explainDeliveryError("Wrong response from the webhook: 302 Found")?.cause).toMatch(/^Your server answered with a redirect/);
    expect(explainDeliveryError("SSL error {error:0A000412:SSL routines::sslv3 alert bad certificate}")?.cause).toBe("The TLS handshake with your server failed.");
    expect(explainDeliveryError("something else")).toBeUndefined();
  });
});

describe("findServerAnswer", () => {
  it("finds every answer of the table by its own text, the varying part included", async () => {
    const { SERVER_ANSWERS, answerText, findServerAnswer } = await import("../../../playground/facts/errors");
    for (const id of Object.keys(SERVER_ANSWERS) as (keyof typeof SERVER_ANSWERS)[]) {
      expect(findServerAnswer(answerText(id)), id).toBe(SERVER_ANSWERS[id]);
    }
    expect(findServerAnswer("Bad Request: bad webhook: IP address 192.168.0.1 is reserved")).toBe(SERVER_ANSWERS.reserved);
    expect(findServerAnswer("Bad Request: something new")).toBeUndefined();
  });
});
