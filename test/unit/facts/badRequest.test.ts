import { describe, expect, it } from "vitest";
import { badRequest } from "../../../playground/facts/badRequest";

describe("badRequest (Client::fail_query_with_error)", () => {
  it("lowers the first letter of a message", () => {
    expect(badRequest("Can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard")).toBe(
      "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
    );
  });
  it("keeps it when the second character is upper-case or _", () => {
    expect(badRequest("USER_ID_INVALID")).toBe("Bad Request: USER_ID_INVALID");
    expect(badRequest("A_B")).toBe("Bad Request: A_B");
    expect(badRequest("LoginUrl bot username is invalid")).toBe("Bad Request: loginUrl bot username is invalid");
  });
  it("leaves a message that already has the prefix, and an empty one bare", () => {
    expect(badRequest("Bad Request: chat not found")).toBe("Bad Request: chat not found");
    expect(badRequest("")).toBe("Bad Request");
    expect(badRequest("x")).toBe("Bad Request: x");
  });
});
