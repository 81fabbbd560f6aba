-- POST /v1/activations, each with a fingerprint never sent before, on licenses taken in turn so
-- that no license runs out of device slots: every request takes a new slot (201).
-- Arguments (after --): the file of license keys, the first sequence number of this run, a run
-- name that makes the fingerprints unique across runs, and the number of wrk threads.
local counter = 0
local keys = {}

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then
      keys[#keys + 1] = line
    end
  end
  first = tonumber(args[2])
  run = args[3]
  stride = tonumber(args[4])
  sent = 0
end

local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

function request()
  local n = first + sent * stride + id
  sent = sent + 1
  local key = keys[(n % #keys) + 1]
  local body = '{"licenseKey":"' .. key .. '","fingerprint":"bench-' .. run .. '-' .. n
    .. '","name":"load test","platform":"linux-x86_64"}'
  return wrk.format("POST", "/v1/activations", headers, body)
end
