-- token-bucket.lua for many buckets of one limit at once, one permit each, on Redis's clock. KEYS: the buckets;
-- ARGV: capacity, period in ms. Returns, per bucket in order, 0 when its permit was taken, otherwise the
-- milliseconds until it will be there (nothing taken from that bucket).
local capacity = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
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
  if tokens >= 1 then
    tokens = tokens - 1
  else
    wait = math.ceil((1 - tokens) / rate)
  end
  redis.call('HSET', key, 'tokens', tostring(tokens), 'at', tostring(now))
  redis.call('PEXPIRE', key, period)
  waits[i] = wait
end
return waits
