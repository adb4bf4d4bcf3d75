#pragma once

#include "decision/DecisionEngine.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QDateTime>
#include <atomic>
#include <functional>

namespace ClaimDesk {

// Writes a plausible book of synthetic claims for trying the app at scale: both
// types, spread over the last `days` days, every status, realistic amounts, some
// incomplete records, each with its decision. The same seed gives the same book.
class SyntheticClaimGenerator final
{
public:
    struct Options
    {
        qint64 count = 1000;
        int days = 90;
        QDateTime end; // the newest claim's time; invalid = now
        quint64 seed = 20261121;
    };

    explicit SyntheticClaimGenerator(Options options);

    // Inserts the claims in batches (each its own transaction). progress is
    // called after each batch; a cancel keeps the batches already written.
    Result<qint64> generate(const Database& db, const DecisionEngine& engine,
        const std::function<void(qint64 done, qint64 total)>& progress = {},
        const std::atomic_bool* cancel = nullptr);

private:
    Options m_options;
};

} // namespace ClaimDesk
