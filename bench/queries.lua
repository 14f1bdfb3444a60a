-- Cycles through the generated query strings; the endpoint path comes from the ENDPOINT variable.
local paths = {}
local counter = 0
local endpoint = os.getenv("ENDPOINT") or "/highest-discount"

init = function(args)
  for line in io.lines(os.getenv("QUERIES")) do
    paths[#paths + 1] = endpoint .. "?" .. line
  end
  counter = math.random(#paths)
end

request = function()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
