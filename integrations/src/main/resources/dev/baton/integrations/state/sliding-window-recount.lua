-- Counts a grant of the sliding window (sliding-window.lua) from now, on Redis's clock: the grant's member
-- "permits:id" is scored now, or added if it has already left the window. KEYS[1]: the window's sorted set;
-- ARGV: permits, window in ms, the grant's id.
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZADD', KEYS[1], now, tonumber(ARGV[1]) .. ':' .. ARGV[3])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
return 0
