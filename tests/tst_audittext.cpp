// AuditText: every audit line reads in words in both languages; no stored code
// reaches a person.
#include "domain/AuditText.h"
#include "i18n/Translations.h"

#include <QTest>

using namespace ClaimDesk;

namespace {

AuditEntry entry(const QString& code, const QString& before, const QString& after)
{
    AuditEntry e;
    e.setCode(code);
    e.oldValue = before;
    e.newValue = after;
    return e;
}

QList<AuditAction> knownActions()
{
    QList<AuditAction> out;
    for (int i = 0; i < static_cast<int>(AuditAction::Unknown); ++i)
        out << static_cast<AuditAction>(i);
    return out;
}

} // namespace

class TestAuditText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void codesRoundTrip()
    {
        for (AuditAction a : knownActions()) {
            AuditEntry e;
            e.action = a;
            if (a == AuditAction::Edit)
                e.field = QStringLiteral("amount");
            AuditEntry read;
            read.setCode(e.code());
            QCOMPARE(read.action, a);
            QCOMPARE(read.code(), e.code());
        }
        AuditEntry future;
        future.setCode(QStringLiteral("portal_submitted"));
        QCOMPARE(future.action, AuditAction::Unknown);
        QCOMPARE(future.code(), QStringLiteral("portal_submitted"));
    }

    void labelsInBothLanguages()
    {
        QVERIFY(Translations::install(QStringLiteral("th")));
        for (AuditAction a : knownActions()) {
            const QString label = auditActionLabel(a);
            QVERIFY2(!label.isEmpty(), qPrintable(auditActionCode(a)));
            QVERIFY2(label != auditActionCode(a), qPrintable(label));
            QVERIFY2(label.contains(QRegularExpression(QStringLiteral("\\p{Thai}"))),
                qPrintable(
                    QStringLiteral("%1 has no Thai label: %2").arg(auditActionCode(a), label)));
        }
    }

    void valuesInWords_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("shownBefore");
        QTest::addColumn<QString>("shownAfter");
        QTest::newRow("status") << "status"
                                << "Under Review"
                                << "Approved"
                                << "Status changed"
                                << "Under Review"
                                << "Approved";
        QTest::newRow("edit flag") << "edit:in_network"
                                   << "false"
                                   << "true"
                                   << "Edited: In network"
                                   << "No"
                                   << "Yes";
        QTest::newRow("edit items") << "edit:line_items"
                                    << "[]"
                                    << R"([{"description":"X-ray","amount":"1200.00"}])"
                                    << "Edited: Line items"
                                    << "none"
                                    << "X-ray 1200.00";
        QTest::newRow("escalated reason") << "escalated"
                                          << "no"
                                          << "amount above limit"
                                          << "Escalation"
                                          << "No"
                                          << "amount above limit";
        QTest::newRow("document read") << "document_read"
                                       << "unknown"
                                       << "12: receipt (7 fields)"
                                       << "Document read"
                                       << "Unknown document"
                                       << "Document 12 read as Receipt, 7 fields";
        QTest::newRow("useful") << "document_useful"
                                << ""
                                << "not useful"
                                << "Document marked"
                                << "Not marked"
                                << "Not useful";
        QTest::newRow("correction") << "correction"
                                    << "scan.jpg #4, total: 12.00"
                                    << "scan.jpg #4, total: 21.00"
                                    << "Field corrected"
                                    << "scan.jpg #4, Total paid: 12.00"
                                    << "scan.jpg #4, Total paid: 21.00";
        QTest::newRow("licence") << "licence_owner"
                                 << "7"
                                 << "other_party"
                                 << "Licence owner"
                                 << "Document 7"
                                 << "The other party's";
        QTest::newRow("old intake text") << "intake"
                                         << ""
                                         << "cancelled by the customer"
                                         << "Conversation ended"
                                         << ""
                                         << "Cancelled by the customer";
        QTest::newRow("policy check") << "policy_check"
                                      << ""
                                      << "3 items, 1 excluded"
                                      << "Policy checked"
                                      << ""
                                      << "3 items checked, 1 excluded";
        QTest::newRow("model") << "agent_decision_accepted"
                               << ""
                               << "REJECT"
                               << "Model's decision accepted"
                               << ""
                               << "Reject";
        QTest::newRow("unknown kept") << "portal_submitted"
                                      << "a"
                                      << "b"
                                      << "portal_submitted"
                                      << "a"
                                      << "b";
        QTest::newRow("garbage kept") << "document_read"
                                      << ""
                                      << "not the format"
                                      << "Document read"
                                      << ""
                                      << "not the format";
    }

    void valuesInWords()
    {
        QFETCH(QString, code);
        QFETCH(QString, before);
        QFETCH(QString, after);
        const AuditText t = AuditText::of(entry(code, before, after));
        QTEST(t.what, "what");
        QTEST(t.before, "shownBefore");
        QTEST(t.after, "shownAfter");
    }

    void thaiValues()
    {
        QVERIFY(Translations::install(QStringLiteral("th")));
        const QList<AuditEntry> lines = {
            entry(QStringLiteral("edit:is_emergency"), QStringLiteral("false"),
                QStringLiteral("true")),
            entry(QStringLiteral("status"), QStringLiteral("Submitted"),
                QStringLiteral("Under Review")),
            entry(QStringLiteral("document_useful"), QStringLiteral("useful"),
                QStringLiteral("not useful")),
        };
        for (const AuditEntry& e : lines) {
            const AuditText t = AuditText::of(e);
            for (const QString& s : { t.what, t.before, t.after })
                QVERIFY2(s.contains(QRegularExpression(QStringLiteral("\\p{Thai}"))),
                    qPrintable(e.code() + u": " + s));
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditText)
#include "tst_audittext.moc"
