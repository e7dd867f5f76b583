/**
 * The MarkdownV2 parser ported from td (`playground/format/markdownV2.ts`) against td itself:
 * TDLib run in this process by `tdl` and `prebuilt-tdlib` (its `parseTextEntities`, which calls
 * the same `parse_markdown_v2` with no network and no account). A fixed corpus of every refusal
 * and every entity kind, then 20,000 seeded inputs built from markup and 20,000 well-formed ones
 * (some with one piece added or removed); zero differences in the
 * refusal's words, the text and the entities, links' URLs as td checks and rewrites them.
 */
import { describe, it } from "vitest";
import { parseMarkdownV2 } from "../../../playground/format/markdownV2";
import { inputs, prover } from "./td";
import { MARKDOWN_V2_PIECES, wellFormedMarkdownV2 } from "./corpus";

const { check } = prover("MarkdownV2", parseMarkdownV2);

describe("MarkdownV2, ported from td's parse_markdown_v2, against td", () => {
  it("says every refusal in td's words, with its byte offset", () => {
    for (const input of [
      "a.b", "a!b", "#", "+", "-", "=", "{", "}", "(", ")", "]", "|", "a>b", "*a", "_a", "__a", "~a", "||a", "`a", "```a", "[a", "[a](http://x", "![a]", "![a](http://x.com)",
      "![a](tg://emoji?id=0)", "![a](tg://time?unix=5&format=x)", "![a](tg://time?format=t)", "*a\nb*", "é*", "👍_", ">q\n>w||x", "||a\n", "`a\nb` c.", "[a](b\\)",
    ])
      check(input);
  });

  it("gives the text and every kind of entity at td's UTF-16 offsets", () => {
    for (const input of [
      "*bold* _italic_ __underline__ ~strike~ ||spoiler|| `code`", "```\npre```", "```go\nfunc()```", "```go x```", "*a _b __c__ b_ a*", "[link](http://example.com)", "[me](tg://user?id=42)",
      "![👍](tg://emoji?id=5368324170671202286)", "![x](tg://time?unix=1647531900&format=wDT)", "![x](tg://time?unix=1647531900&format=R)", ">quote\n>more", "**>expandable\n>quote||", ">a\n\nb",
      "👍 *👨‍💻*", "e\u0301 _日本_", "\\*not bold\\*", "a\r\n>b", "**", "____", "``````", "[](http://x.com)", "*\\**", "`\\``", "```\r\nx```",
    ])
      check(input);
  });

  it("keeps, rewrites and drops links' URLs as td does", () => {
    const urls = ["HTTP://Example.COM", "example.com", "http://a", "https://[::1]:8080/x", "[::ffff:1.2.3.4]", "tg://resolve?domain=x", "TG:resolve", "ton://x", "tonsite://a.b", "tg://x.y",
      "http://a.b:0", "http://a.b:080/", "http://u:p@a.b/ x", "http://a.b/%zz", "http://a%2.b", "ftp://a.b", "a.b/x y\t", "http://a.b:65536", "http://[1::2::3]", "http://[::]", "http://[1:2:3:4:5:6:7:8]",
      "http://[1:2:3:4:5:6:7::]", "http://[::1.2.3.04]", "http://[a:b]", "tg://user?id=1099511627776", "tg://user?id=1099511627775", "tg://USER?ID=5", "http://a.b?x#y", "http://a.b:1/\u0001"];
    for (const url of urls) check(`[x](${url.replaceAll("\\", "\\\\").replaceAll(")", "\\)")})`);
    for (const text of ["example.com", "http://a", "tg://resolve?domain=x"]) check(`[${text.replaceAll(".", "\\.").replaceAll("?", "?").replaceAll("=", "\\=")}]`);
  });

  it("agrees with td on 20,000 seeded inputs built from markup", () => {
    for (const input of inputs(MARKDOWN_V2_PIECES, 20_000, 20261201)) check(input);
  });

  it("agrees with td on 20,000 seeded well-formed inputs, some with one piece added or removed", () => {
    for (const input of wellFormedMarkdownV2(20_000, 1201)) check(input);
  });
});
