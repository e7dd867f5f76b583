import { FRAMEWORK_IDS } from "./playground/webhook/frameworks";
import { serverFile, serverShape } from "./playground/webhook/server";
const urls = ["https://bot.example.com/telegram/webhook?x=1", "https://bot.example.com/tg/bot1:AA*(x)+%41!/./hook?q=1", ""];
let out = "";
for (const f of FRAMEWORK_IDS) for (const url of urls) for (const secret of ["abc", undefined]) out += `=== ${f} ${url} ${secret}\n` + serverFile(serverShape({ url, secret_token: secret }, f));
process.stdout.write(out);
