-- wrk script: POST one of the policy calculators through the gateway.
-- Environment: TOKEN (bearer token), CALCULATOR (scope | grade | drg | notice)
local bodies = {
  scope  = {"/api/energy/scope-evaluations",
            '{"totalArea":25000,"publicArea":20000,"stateSecret":false,"stateOrganOffice":false}'},
  grade  = {"/api/energy/grade-evaluations", '{"intensity":54.01,"guideValue":20,"constraintValue":30}'},
  drg    = {"/api/medical-insurance/drg-payment-evaluations",
            '{"weight":1.2345,"infectiousDiseaseSpecialty":false,"insurance":"RESIDENT","actualCost":18000,"dischargeDate":"2025-03-01"}'},
  notice = {"/api/subsidies/notice-period-evaluations", '{"publishedOn":"2025-01-24","workingDays":5}'},
}
local chosen = bodies[os.getenv("CALCULATOR") or "scope"]
wrk.method = "POST"
wrk.path = chosen[1]
wrk.body = chosen[2]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")

function done(summary, latency, requests)
  io.write(string.format("%s: %d requests, %.0f req/s, p50 %.1f ms, p99 %.1f ms, errors %d (non-2xx %d)\n",
    chosen[1], summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
