#pragma once

#include "WorkArea.h"
#include "stats/ManagerFigures.h"

#include <QElapsedTimer>
#include <QHash>
#include <functional>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;

namespace ClaimDesk {

class ManagerFiguresJob;

// Manager: volume, money, speed and quality of the claims created in a date
// range (default the last 30 days), optionally of one type. The figures are
// computed in core on a worker thread (ManagerFigures, the same numbers
// `claimdesk-cli stats` prints); this area only draws them. Clicking a bar or
// a slice asks for those claims in the Review area; each chart can be saved as PNG.
class ManagerArea final : public WorkArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManagerArea)

public:
    enum Chart
    {
        DailyClaimsChart,
        PaidPerDayChart,
        DecisionMixChart,
        RiskChart,
        BacklogChart,
        ChartCount
    };

    explicit ManagerArea(const DatabaseLocation& location, QWidget* parent = nullptr);
    ~ManagerArea() override;

    void refresh() override;
    void setFilter(const FigureFilter& filter);
    FigureFilter filter() const;
    const ManagerFigures& figures() const { return m_figures; }
    QChartView* chartView(Chart chart) const { return m_views[chart]; }
    // Draws figures computed elsewhere (the job calls this; so does the benchmark).
    void showFigures(const ManagerFigures& figures);
    // Writes the chart as a PNG image; false with the reason in *error.
    bool saveChart(Chart chart, const QString& path, QString* error = nullptr) const;

Q_SIGNALS:
    // The user clicked part of a chart: show these claims in the Review area.
    void claimsRequested(const ClaimDesk::ClaimQuery& query, const QString& description);
    // New figures are on screen (for tests and the benchmark).
    void figuresShown();
    // The user asked to export the range's claims as CSV.
    void exportRequested(const ClaimDesk::ClaimQuery& query);

private:
    // The days one bar stands for: one day, or (for ranges over a month) a week
    // from Monday; indexes into the figures' daily list.
    struct Period
    {
        QDate first;
        QDate last;
        int firstIndex = 0;
        int lastIndex = 0;
        bool weekly = false;
    };
    QList<Period> periods() const;
    QString periodLabel(const Period& period) const;
    void requestFigures();
    void showFailure(const QString& message);
    void drawDailyClaims();
    void drawPaidPerDay();
    // Health and car bars per period; a click opens that period's claims (Paid only
    // for money); the pointer over a bar tells its figure.
    void drawPerDay(
        Chart which, const std::function<qreal(const DailyFigures&, std::size_t)>& value);
    void drawDecisionMix();
    void drawRisk();
    void drawBacklog();
    void askToSave(Chart chart);
    QString dayLabel(const QDate& day) const;

    ManagerFiguresJob* m_job = nullptr;
    ManagerFigures m_figures;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_type = nullptr;
    QLabel* m_state = nullptr;
    QHash<QString, QLabel*> m_cards; // figure key -> value label
    QChartView* m_views[ChartCount] {};
    QElapsedTimer m_requested;
};

} // namespace ClaimDesk
