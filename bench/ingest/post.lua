-- SPDX-FileCopyrightText: 2026 CallScope authors
-- SPDX-License-Identifier: MIT
-- wrk script: POSTs realistic call.completed bodies (~1.2 KB, like the spec's full example) in the mix a
-- receiver sees (issue 17): mostly new calls (a new idempotencyKey, callId, phone number drawn from a
-- million, createdAt spread over the last eight weeks, duration and outcome set), 10 % redeliveries of a
-- body sent before (the same bytes), 1 % conflicts (a key sent before, with another summary). Pass "close"
-- after "--" to send Connection: close on every request. Prints one RESULT line that run.sh reads.

local close = false
local counter = 0
local threads = {}

-- thread_id is a global of each thread's state, set here (a local of the same name would hide it).
function setup(thread)
   thread:set("thread_id", #threads + 1)
   table.insert(threads, thread)
end

function init(args)
   close = args[1] == "close"
   -- Distinct ids across threads, and across runs against the same store.
   run_id = os.time() % 100000 * 10 + (close and 1 or 0)
   math.randomseed(os.time() + thread_id * 7919)
end

local plan_types = { "pay_in_full", "settle_today", "settlement_plan", "regular_plan", "tailored_plan" }
local summaries = {
   "Customer agreed to make payment on the existing plan terms and asked for a text confirmation.",
   "Third party answered; debtor not available. Left no details and ended the call politely.",
   "Consumer requested written communications only and no further calls to this number.",
   "Card declined; customer will call back with another card before the end of the week.",
}

local function bool() return math.random() < 0.3 and "true" or "false" end

-- The last bodies sent (by this thread), for redeliveries and conflicts.
local sent = {}
local sent_size = 1000
local fresh = 0

local function new_body(id, summary)
   local created = os.time() - math.random(0, 56 * 86400)
   local created_at = os.date("!%Y-%m-%dT%H:%M:%S.000Z", created)
   local ended_at = os.date("!%Y-%m-%dT%H:%M:%S.000Z", created + 180)
   local duration = math.random(5000, 900000)
   return string.format([[{"event":"call.completed","eventCategory":"calls","idempotencyKey":"call.completed:507f1f77bcf86cd799439011:%s","organization":{"id":"507f1f77bcf86cd799439011","name":"Acme Corp"},"agent":{"id":"507f191e810c19729de860ea","name":"Outbound Collections"},"timestamp":"2026-02-17T17:03:01.000Z","payload":{"callId":"%s","phoneNumber":"+1512%07d","fileNumber":"ACC-%06d","status":"Completed","duration":%d,"outcomes":{"confirmedName":%s,"wasTheRightParty":%s,"refuseToPay":%s,"dispute":%s,"spanishCall":%s,"doNotCall":%s,"ceaseAndDesist":false,"paymentMade":%s,"plan_accepted":%s,"plan_type":"%s","promiseToPayDays":%d,"wantsCallBack":%s,"isEmployed":%s},"summary":"%s","recordingUrl":"https://recordings.example.com/%s.mp3","createdAt":"%s","endedAt":"%s"}}]],
      id, id, math.random(0, 999999), math.random(0, 999999), duration, bool(), bool(), bool(), bool(), bool(), bool(),
      bool(), bool(), plan_types[math.random(#plan_types)], math.random(1, 30), bool(), bool(),
      summary, id, created_at, ended_at)
end

request = function()
   counter = counter + 1
   local roll = math.random()
   local body
   if #sent > 0 and roll < 0.10 then
      body = sent[math.random(#sent)].body -- a redelivery: the same bytes
   elseif #sent > 0 and roll < 0.11 then
      local earlier = sent[math.random(#sent)]
      body = new_body(earlier.id, "A conflicting summary for a key sent before.") -- a conflict
   else
      local id = string.format("%06x%02x%016x", run_id, thread_id, counter)
      body = new_body(id, summaries[math.random(#summaries)])
      sent[(fresh % sent_size) + 1] = { id = id, body = body }
      fresh = fresh + 1
   end
   local headers = { ["Content-Type"] = "application/json" }
   if close then headers["Connection"] = "close" end
   return wrk.format("POST", "/webhook", headers, body)
end

done = function(summary, latency, requests)
   local non2xx = summary.errors.status
   io.write(string.format("RESULT requests=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d non2xx=%d socket_errors=%d\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max, non2xx,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
