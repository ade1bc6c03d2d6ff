-- Token bucket on Redis's clock. KEYS[1]: the bucket; ARGV: capacity, period in ms, permits.
-- Returns 0 when the permits were taken, otherwise the milliseconds until they will be there (nothing taken).
local capacity = tonumber(ARGV[1])
local period = tonumber(ARGV[2])
local permits = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local rate = capacity / period
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
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], period)
return wait
