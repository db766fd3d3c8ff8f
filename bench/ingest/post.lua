-- SPDX-FileCopyrightText: 2026 CallScope authors
-- SPDX-License-Identifier: MIT
-- wrk script: POSTs distinct, realistic call.completed bodies (a new idempotencyKey, callId, phone number,
-- duration and outcome set each time, ~1.2 KB, like the spec's full example). Pass "close" after "--" to
-- send Connection: close on every request. Prints one RESULT line that bench/ingest/run.sh reads.

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

request = function()
   counter = counter + 1
   local id = string.format("%06x%02x%016x", run_id, thread_id, counter)
   local duration = math.random(5000, 900000)
   local body = string.format([[{"event":"call.completed","eventCategory":"calls","idempotencyKey":"call.completed:507f1f77bcf86cd799439011:%s","organization":{"id":"507f1f77bcf86cd799439011","name":"Acme Corp"},"agent":{"id":"507f191e810c19729de860ea","name":"Outbound Collections"},"timestamp":"2026-02-17T17:03:01.000Z","payload":{"callId":"%s","phoneNumber":"+1512555%04d","fileNumber":"ACC-%06d","status":"Completed","duration":%d,"outcomes":{"confirmedName":%s,"wasTheRightParty":%s,"refuseToPay":%s,"dispute":%s,"spanishCall":%s,"doNotCall":%s,"ceaseAndDesist":false,"paymentMade":%s,"plan_accepted":%s,"plan_type":"%s","promiseToPayDays":%d,"wantsCallBack":%s,"isEmployed":%s},"summary":"%s","recordingUrl":"https://recordings.example.com/%s.mp3","createdAt":"2026-02-17T17:00:01.000Z","endedAt":"2026-02-17T17:03:01.000Z"}}]],
      id, id, math.random(0, 9999), math.random(0, 999999), duration, bool(), bool(), bool(), bool(), bool(), bool(),
      bool(), bool(), plan_types[math.random(#plan_types)], math.random(1, 30), bool(), bool(),
      summaries[math.random(#summaries)], id)
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
