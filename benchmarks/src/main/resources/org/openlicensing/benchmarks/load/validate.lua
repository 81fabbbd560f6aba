-- POST /v1/validations for (key, fingerprint) pairs of activated devices, picked at random.
-- Arguments (after --): the file of "key fingerprint" lines.
local pairs_ = {}
local counter = 0

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
end

function init(args)
  for line in io.lines(args[1]) do
    local key, fingerprint = line:match("^(%S+)%s+(%S+)$")
    pairs_[#pairs_ + 1] = '{"licenseKey":"' .. key .. '","fingerprint":"' .. fingerprint .. '"}'
  end
  math.randomseed(os.time() * 1000 + id)
end

local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }

function request()
  return wrk.format("POST", "/v1/validations", headers, pairs_[math.random(#pairs_)])
end
