-- Token buckets of one limit on Redis's clock, each decided on its own, in order. KEYS: the buckets (a bucket
-- named twice gives its tokens in turn); ARGV: capacity, period in ms, permits taken from each bucket.
-- Returns, per bucket in order, 0 when its permits were taken, otherwise the milliseconds until they will be there
-- (nothing taken from that bucket).
local capacity = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local permits = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local rate = capacity / period
local waits = {}
for i, key in ipairs(KEYS) do
  local state = redis.call('HMGET', key, 'tokens', 'at')
  local tokens = tonumber(state[1])
  local at = tonumber(state[2])
  if tokens == nil or at == nil then
    tokens = capacity
  else
    tokens = math.min(capacity, tokens + math.max(0, now - at) * rate)
  end
  local wait = 0
  if tokens >= permits then
    tokens = tokens - permits
  else
    wait = math.ceil((permits - tokens) / rate)
  end
  redis.call('HSET', key, 'tokens', tostring(tokens), 'at', tostring(now))
  redis.call('PEXPIRE', key, period)
  waits[i] = wait
end
return waits
