// Preloaded (`node --import`) into a generated server run by a proof: the bot's calls to
// api.telegram.org never leave the machine. Each call is printed as one line,
// `botapi <method> <JSON body>`, and answered like a sent message.
const realFetch = globalThis.fetch;

globalThis.fetch = async (input, init) => {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  if (!url.startsWith("https://api.telegram.org/")) return realFetch(input, init);
  const method = url.split("?")[0].split("/").pop();
  const body = typeof init?.body === "string" ? init.body : "{}";
  process.stdout.write(`botapi ${method} ${body.replace(/\n/g, " ")}\n`);
  const chatId = JSON.parse(body).chat_id ?? 0;
  const result = { message_id: 1, date: 0, chat: { id: chatId, type: "private" }, text: "" };
  return new Response(JSON.stringify({ ok: true, result }), { headers: { "content-type": "application/json" } });
};
