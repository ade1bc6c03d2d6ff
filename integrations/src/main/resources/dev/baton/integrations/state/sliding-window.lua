-- A sliding window on Redis's clock: at most limit permits in any window. KEYS[1]: the window's sorted set (one
-- member "permits:id" per grant, scored by its time); ARGV: limit, window in ms, permits, a unique id.
-- Returns 0 when the permits were granted, otherwise the milliseconds until enough old grants leave the window.
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local permits = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local grants = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
local used = 0
for i = 1, #grants, 2 do
  used = used + tonumber(string.match(grants[i], '^(%d+):'))
end
if used + permits <= limit then
  redis.call('ZADD', KEYS[1], now, permits .. ':' .. ARGV[4])
  redis.call('PEXPIRE', KEYS[1], window)
  return 0
end
local freed = 0
for i = 1, #grants, 2 do
  freed = freed + tonumber(string.match(grants[i], '^(%d+):'))
  if used - freed + permits <= limit then
    return math.max(1, tonumber(grants[i + 1]) + window - now + 1)
  end
end
return window
