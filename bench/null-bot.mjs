#!/usr/bin/env node
// null-bot.mjs: the least a bot can do, as a yardstick for the load generator. For each POST /api/messages it
// sends one short text reply to the activity's serviceUrl (keep-alive) and then answers 200. No SDK, no parsing
// beyond JSON.parse, no authentication: only for loopback load runs (bench/questions.sh).
//   PORT=3990 node bench/null-bot.mjs
import http from 'node:http';

const port = Number(process.env.PORT || 3990);
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    let activity;
    try { activity = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { res.statusCode = 400; res.end(); return; }
    if (activity.type !== 'message' || !/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(activity.serviceUrl ?? '')) { res.statusCode = 200; res.end(); return; }
    const body = JSON.stringify({ type: 'message', text: 'ok', replyToId: activity.id, conversation: activity.conversation, from: activity.recipient, recipient: activity.from });
    const url = `${activity.serviceUrl.replace(/\/$/, '')}/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities/${encodeURIComponent(activity.id)}`;
    const out = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (reply) => {
      reply.resume();
      reply.on('end', () => { res.statusCode = 200; res.end(); });
    });
    out.on('error', () => { res.statusCode = 502; res.end(); });
    out.end(body);
  });
});
server.listen(port, '127.0.0.1');
