import { describe, expect, it } from "vitest";
import { generateSecretToken, SECRET_TOKEN_ALPHABET } from "../../../../playground/methods/setWebhook/secretToken";

describe("generateSecretToken", () => {
  it("maps random bytes onto the allowed alphabet without bias", () => {
    const fill = (b: Uint8Array) => b.map((_, i) => i * 5);
    expect(generateSecretToken(fill, 8)).toBe("AFKPUZej");
    expect(generateSecretToken((b) => b.fill(255), 3)).toBe("---");
  });
  it("makes valid tokens of the requested length", () => {
    const token = generateSecretToken((b) => crypto.getRandomValues(b));
    expect(token).toMatch(/^[A-Za-z0-9_-]{48}$/);
    expect(SECRET_TOKEN_ALPHABET).toHaveLength(64);
  });
});
