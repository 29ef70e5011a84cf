-- The token buckets of one request, checked and taken together in one round trip; Redis runs a script atomically,
-- so every gateway replica sees the same buckets. Time is Redis's own clock (replicas' clocks may differ).
-- KEYS[i]: a bucket; ARGV[2i-1]: its capacity (requests); ARGV[2i]: its window in milliseconds (it refills at
-- capacity per window, so an empty bucket is full again after one window: the key expires then).
-- ARGV[2 * #KEYS + 1] (optional, 1 when absent): how many tokens the replica asks for at once (its lease: it answers
-- that many requests before it asks again). It gets as many as every bucket has, up to that number, at least one;
-- when a bucket has no whole token, none is taken from any.
-- Returns {allowed (1 or 0), milliseconds until every bucket has a token (0 when allowed),
--          then per bucket: whole tokens left, milliseconds until its next token (0 when full),
--          then the number of tokens taken from each bucket}.
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local wanted = math.max(1, math.floor(tonumber(ARGV[2 * #KEYS + 1] or '1')))
local levels = {}
local granted = wanted
local retry = 0
for i = 1, #KEYS do
  local capacity = tonumber(ARGV[2 * i - 1])
  local rate = capacity / tonumber(ARGV[2 * i])
  local state = redis.call('HMGET', KEYS[i], 'tokens', 'at')
  local level = capacity
  if state[1] then
    level = math.min(capacity, tonumber(state[1]) + math.max(0, now - tonumber(state[2])) * rate)
  end
  levels[i] = level
  granted = math.min(granted, math.floor(level))
  if level < 1 then
    retry = math.max(retry, math.ceil((1 - level) / rate))
  end
end
local allowed = 0
if granted >= 1 then
  allowed = 1
else
  granted = 0
end
local result = {allowed, retry}
for i = 1, #KEYS do
  local capacity = tonumber(ARGV[2 * i - 1])
  local rate = capacity / tonumber(ARGV[2 * i])
  local level = levels[i]
  if allowed == 1 then
    level = level - granted
    redis.call('HSET', KEYS[i], 'tokens', tostring(level), 'at', now)
    redis.call('PEXPIRE', KEYS[i], ARGV[2 * i])
  end
  result[#result + 1] = math.floor(level)
  if level >= capacity then
    result[#result + 1] = 0
  else
    result[#result + 1] = math.ceil((1 - (level - math.floor(level))) / rate)
  end
end
result[#result + 1] = granted
return result
