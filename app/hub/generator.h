#pragma once

#include <QDate>
#include <QString>

namespace lapor::hub {

class HubStore;
class TextGen;

struct GeneratorOptions
{
    int cases = 0;
    quint64 seed = 1;
    QDate today; // "now" of the dataset: same seed + same day = same data
};

// Writes the training dataset: the agency, its units, the training accounts, the national
// holidays for the years covered and N cases with their histories. Runs inside the
// caller's transaction with prepared statements only (100,000 cases in well under 30 s).
class Generator
{
public:
    Generator(HubStore &store, const TextGen &text);

    // Always present: agency, units, accounts and holidays.
    void writeBase(const GeneratorOptions &options);
    void writeCases(const GeneratorOptions &options);

    // The password every training account starts with.
    static QString defaultPassword();

private:
    HubStore &m_store;
    const TextGen &m_text;
};

} // namespace lapor::hub
