// SPDX-License-Identifier: MIT
#pragma once

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace provena::bench {

/**
 * Google Benchmark's console report, plus each benchmark's real and CPU time per iteration (in
 * the benchmark's unit), so a benchmark can print ratios against a baseline measured in the same
 * run — numbers from one run on one machine compare; absolute times across machines do not.
 */
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    struct Times
    {
        double real = 0;
        double cpu = 0;
    };

    void ReportRuns(const std::vector<Run> &runs) override
    {
        ConsoleReporter::ReportRuns(runs);
        for (const Run &run : runs) {
            if (run.error_occurred)
                mFailures.push_back(run.benchmark_name() + ": " + run.error_message);
            else if (run.run_type == Run::RT_Iteration)
                mTimes[run.benchmark_name()]
                    = {run.GetAdjustedRealTime(), run.GetAdjustedCPUTime()};
        }
    }

    /**
     * The process's exit code: 0 when every benchmark's correctness checks held, else 1 after
     * listing the failures on stderr — so a wrong result fails CI, not just a crash.
     */
    int exitCode() const
    {
        for (const std::string &failure : mFailures)
            std::fprintf(stderr, "FAILED %s\n", failure.c_str());
        return mFailures.empty() ? 0 : 1;
    }

    /** Prints "goal LABEL: X ms per iteration (goal: at most G ms, met|missed)". */
    void printGoal(const std::string &label, const std::string &name, double goalMs) const
    {
        const auto it = mTimes.find(name);
        if (it == mTimes.end()) {
            std::printf("goal %s unavailable (%s did not run)\n", label.c_str(), name.c_str());
            return;
        }
        std::printf("goal %s: %.2f ms per iteration (goal: at most %.0f ms, %s)\n", label.c_str(),
                    it->second.real, goalMs, it->second.real <= goalMs ? "met" : "missed");
    }

    const std::map<std::string, Times> &times() const { return mTimes; }
    bool has(const std::string &name) const { return mTimes.count(name) > 0; }

    /**
     * Prints "ratio LABEL = X (a vs b)" for the real times of `name` and `baseline`, or says why
     * it cannot (one of them was filtered out or failed). `note` is appended, e.g. a goal.
     */
    void printRatio(const std::string &label, const std::string &name, const std::string &baseline,
                    const char *note = "") const
    {
        const auto it = mTimes.find(name);
        const auto base = mTimes.find(baseline);
        if (it == mTimes.end() || base == mTimes.end() || base->second.real <= 0) {
            std::printf("ratio %s unavailable (%s or %s did not run)\n", label.c_str(),
                        name.c_str(), baseline.c_str());
            return;
        }
        std::printf("ratio %s = %.2f (%.2f vs %.2f%s)\n", label.c_str(),
                    it->second.real / base->second.real, it->second.real, base->second.real, note);
    }

private:
    std::map<std::string, Times> mTimes;
    std::vector<std::string> mFailures;
};

} // namespace provena::bench
