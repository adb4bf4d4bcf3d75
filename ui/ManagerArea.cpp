#include "ManagerArea.h"

#include "ChartSupport.h"
#include "UiTr.h"
#include "llm/PriceTable.h"
#include "stats/ManagerFiguresJob.h"

#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QMessageBox>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>

namespace ClaimDesk {

namespace {

constexpr std::size_t H = static_cast<std::size_t>(ClaimType::Health);
constexpr std::size_t CD = static_cast<std::size_t>(ClaimType::CarDamage);

// Chart geometry only: the money shown in words stays exact (Money).
qreal plotted(Money m)
{
    return qreal(m.cents()) / 100.0;
}

QString percentText(const std::optional<double>& p)
{
    return p ? QLocale().toString(*p, 'f', 2) + u'%' : UiTr::tr("n/a");
}

} // namespace

ManagerArea::ManagerArea(const DatabaseLocation& location, QWidget* parent)
    : WorkArea(parent)
    , m_job(new ManagerFiguresJob(location, this))
{
    connect(m_job, &ManagerFiguresJob::ready, this, &ManagerArea::showFigures);
    connect(m_job, &ManagerFiguresJob::failed, this, &ManagerArea::showFailure);

    const FigureFilter initial = FigureFilter::lastDays(30, QDateTime::currentDateTime());
    m_from = new QDateEdit(initial.from, this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(initial.to, this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit* edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &ManagerArea::requestFigures);
    }
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_type->addItem(UiTr::tr("All types"));
    m_type->addItem(claimTypeLabel(ClaimType::Health), int(ClaimType::Health));
    m_type->addItem(claimTypeLabel(ClaimType::CarDamage), int(ClaimType::CarDamage));
    connect(m_type, &QComboBox::currentIndexChanged, this, &ManagerArea::requestFigures);
    auto* last30 = new QPushButton(UiTr::tr("Last &30 days"), this);
    connect(last30, &QPushButton::clicked, this, [this] {
        const FigureFilter f = FigureFilter::lastDays(30, QDateTime::currentDateTime());
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(f.from);
        m_to->setDate(f.to);
        requestFigures();
    });
    auto* exportCsv = new QPushButton(UiTr::tr("&Export CSV..."), this);
    exportCsv->setToolTip(UiTr::tr("Export the claims of this range and type as CSV"));
    connect(exportCsv, &QPushButton::clicked, this,
        [this] { Q_EMIT exportRequested(filter().claimQuery()); });
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("figuresState"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(UiTr::tr("From", "start of a date range"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(UiTr::tr("to"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_type);
    bar->addWidget(last30);
    bar->addWidget(m_state, 1);
    bar->addWidget(exportCsv);

    // Figure cards: a caption over a large value.
    auto* cards = new QHBoxLayout;
    const std::pair<const char*, QString> cardTitles[] = {
        { "total", UiTr::tr("Total claims") },
        { "response", UiTr::tr("Average response") },
        { "accuracy", UiTr::tr("Accuracy rate") },
        { "paidH", UiTr::tr("Paid, health") },
        { "paidCD", UiTr::tr("Paid, car damage") },
        { "autoApproval", UiTr::tr("Auto-approval rate") },
        { "backlog", UiTr::tr("Open backlog") },
        { "modelCost", UiTr::tr("Model cost") },
    };
    for (const auto& [key, title] : cardTitles) {
        auto* card = new QFrame(this);
        card->setFrameShape(QFrame::StyledPanel);
        auto* layout = new QVBoxLayout(card);
        auto* caption = new QLabel(title, card);
        auto* value = new QLabel(QStringLiteral("-"), card);
        value->setObjectName(QStringLiteral("figure_") + QLatin1String(key));
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        value->setFont(big);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(caption);
        layout->addWidget(value);
        cards->addWidget(card);
        m_cards.insert(QLatin1String(key), value);
    }

    const QString titles[ChartCount]
        = { UiTr::tr("Claims per day"), UiTr::tr("Paid amount per day"), UiTr::tr("Decision mix"),
              UiTr::tr("Risk distribution"), UiTr::tr("Backlog by age") };
    auto* grid = new QGridLayout;
    for (int c = 0; c < ChartCount; ++c) {
        auto* chart = new QChart;
        chart->setTitle(titles[c]);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto* view = new QChartView(chart, this);
        view->setObjectName(QStringLiteral("chart%1").arg(c));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(c < DecisionMixChart ? 230 : 260);
        view->setToolTip(UiTr::tr("Click a bar or a slice to open those claims in Review."
                                  " Right-click to save the chart."));
        auto* save = new QAction(UiTr::tr("Save chart as PNG..."), view);
        connect(save, &QAction::triggered, this, [this, c] { askToSave(Chart(c)); });
        view->addAction(save);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        m_views[c] = view;
        // The daily charts need the width for a label per day; the three
        // breakdowns share the last row, the decision mix on half of it.
        if (c < DecisionMixChart)
            grid->addWidget(view, c, 0, 1, 4);
        else if (c == DecisionMixChart) // its legend names each slice in full
            grid->addWidget(view, 2, 0, 1, 2);
        else
            grid->addWidget(view, 2, c - DecisionMixChart + 1);
    }

    for (int column = 0; column < 4; ++column)
        grid->setColumnStretch(column, 1);
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(cards);
    contentLayout->addLayout(grid);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
}

ManagerArea::~ManagerArea() = default;

void ManagerArea::refresh()
{
    requestFigures();
}

FigureFilter ManagerArea::filter() const
{
    FigureFilter f = FigureFilter::lastDays(30, QDateTime::currentDateTime());
    f.from = m_from->date();
    f.to = m_to->date();
    if (m_type->currentIndex() > 0)
        f.type = static_cast<ClaimType>(m_type->currentData().toInt());
    return f;
}

void ManagerArea::setFilter(const FigureFilter& filter)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        const QSignalBlocker blockType(m_type);
        m_from->setDate(filter.from);
        m_to->setDate(filter.to);
        m_type->setCurrentIndex(filter.type ? int(*filter.type) + 1 : 0);
    }
    requestFigures();
}

void ManagerArea::requestFigures()
{
    const FigureFilter f = filter();
    if (f.to < f.from) {
        showFailure(UiTr::tr("The range ends before it starts."));
        return;
    }
    m_state->setText(UiTr::tr("Computing..."));
    m_requested.start();
    m_job->request(f);
}

void ManagerArea::showFailure(const QString& message)
{
    m_state->setText(UiTr::tr("The figures could not be read: %1").arg(message));
}

void ManagerArea::showFigures(const ManagerFigures& figures)
{
    m_figures = figures;
    const auto avg = figures.averageResponseMs();
    m_cards[QStringLiteral("total")]->setText(QLocale().toString(figures.totalClaims));
    m_cards[QStringLiteral("response")]->setText(
        avg ? UiTr::tr("%1 ms").arg(QLocale().toString(*avg)) : UiTr::tr("n/a"));
    m_cards[QStringLiteral("accuracy")]->setText(percentText(figures.accuracyRate()));
    m_cards[QStringLiteral("paidH")]->setText(figures.paidTotal[H].toDisplayString());
    m_cards[QStringLiteral("paidCD")]->setText(figures.paidTotal[CD].toDisplayString());
    m_cards[QStringLiteral("autoApproval")]->setText(percentText(figures.autoApprovalRate()));
    m_cards[QStringLiteral("backlog")]->setText(QLocale().toString(figures.backlog()));
    m_cards[QStringLiteral("modelCost")]->setText(
        PriceTable::formatMicros(figures.modelCostMicros));
    m_cards[QStringLiteral("modelCost")]->setToolTip(
        UiTr::tr("%Ln model call(s), %1 tokens, in the price table's currency", nullptr,
            int(figures.modelCalls))
            .arg(QLocale().toString(figures.modelTokens)));
    m_cards[QStringLiteral("accuracy")]->setToolTip(
        UiTr::tr("%1 useful and %2 not useful documents")
            .arg(figures.usefulDocuments)
            .arg(figures.notUsefulDocuments));

    drawDailyClaims();
    drawPaidPerDay();
    drawDecisionMix();
    drawRisk();
    drawBacklog();
    m_state->setText(UiTr::tr("%Ln claim(s), %1 to %2", nullptr, int(figures.totalClaims))
                         .arg(QLocale().toString(figures.filter.from, QLocale::ShortFormat),
                             QLocale().toString(figures.filter.to, QLocale::ShortFormat)));
    Q_EMIT figuresShown();
}

QString ManagerArea::dayLabel(const QDate& day) const
{
    return QLocale().toString(day, QStringLiteral("d MMM"));
}

QList<ManagerArea::Period> ManagerArea::periods() const
{
    // A bar a day up to a month; beyond, a bar a week (from Monday), so that a
    // quarter's labels stay readable.
    const QList<DailyFigures>& daily = m_figures.daily;
    const bool weekly = daily.size() > 31;
    QList<Period> periods;
    for (int i = 0; i < daily.size(); ++i) {
        const QDate day = daily[i].date;
        if (periods.isEmpty() || !weekly || day.dayOfWeek() == Qt::Monday)
            periods.append({ day, day, i, i, weekly });
        periods.last().last = day;
        periods.last().lastIndex = i;
    }
    return periods;
}

QString ManagerArea::periodLabel(const Period& period) const
{
    return period.weekly ? UiTr::tr("week of %1").arg(dayLabel(period.first))
                         : dayLabel(period.first);
}

void ManagerArea::drawDailyClaims()
{
    drawPerDay(DailyClaimsChart,
        [](const DailyFigures& d, std::size_t type) { return qreal(d.claims[type]); });
}

void ManagerArea::drawPaidPerDay()
{
    drawPerDay(PaidPerDayChart,
        [](const DailyFigures& d, std::size_t type) { return plotted(d.paid[type]); });
}

void ManagerArea::drawPerDay(
    Chart which, const std::function<qreal(const DailyFigures&, std::size_t)>& value)
{
    QChart* chart = m_views[which]->chart();
    Charts::clear(chart);
    const bool paid = which == PaidPerDayChart;
    const QList<Period> periods = this->periods();
    QStringList labels;
    for (const Period& p : periods)
        labels << dayLabel(p.first); // a week's bar by its Monday; "week of" in its tooltip
    chart->setTitle(paid
            ? (periods.value(0).weekly ? UiTr::tr("Paid amount per week")
                                       : UiTr::tr("Paid amount per day"))
            : (periods.value(0).weekly ? UiTr::tr("Claims per week") : UiTr::tr("Claims per day")));
    auto* series = new QBarSeries;
    const FigureFilter f = m_figures.filter;
    for (ClaimType type : { ClaimType::Health, ClaimType::CarDamage }) {
        auto* set = new QBarSet(claimTypeLabel(type));
        for (const Period& p : periods) {
            qreal sum = 0;
            for (int i = p.firstIndex; i <= p.lastIndex; ++i)
                sum += value(m_figures.daily[i], static_cast<std::size_t>(type));
            *set << sum;
        }
        series->append(set);
        Charts::tipBars(set, [this, set, periods, type, paid](int index) {
            const QString when = periodLabel(periods.value(index));
            const qreal v = set->at(index);
            return paid
                ? UiTr::tr("%1, %2: %3 paid")
                      .arg(claimTypeLabel(type), when, QLocale().toString(v, 'f', 2))
                : UiTr::tr("%1, %2: %Ln claim(s)", nullptr, int(v)).arg(claimTypeLabel(type), when);
        });
        connect(set, &QBarSet::clicked, this, [this, f, periods, type, paid](int index) {
            if (index < 0 || index >= periods.size())
                return;
            const Period& p = periods[index];
            ClaimQuery q = f.claimQuery(p.first, p.last);
            q.type = type;
            if (paid)
                q.status = ClaimStatus::Paid;
            const QString when
                = p.weekly ? periodLabel(p) : QLocale().toString(p.first, QLocale::ShortFormat);
            Q_EMIT claimsRequested(q,
                paid ? UiTr::tr("Paid %1 claims created on %2").arg(claimTypeLabel(type), when)
                     : UiTr::tr("%1 claims created on %2").arg(claimTypeLabel(type), when));
        });
    }
    Charts::addBars(chart, series, labels);
}

void ManagerArea::drawDecisionMix()
{
    QChart* chart = m_views[DecisionMixChart]->chart();
    Charts::clear(chart);
    auto* series = new QPieSeries;
    const FigureFilter f = m_figures.filter;
    qint64 total = m_figures.undecided;
    for (qint64 n : m_figures.byDecision)
        total += n;
    // Each slice's legend entry says its count and share: a reader needs no hovering.
    auto addSlice = [&](const QString& name, qint64 n) {
        const QString share = QLocale().toString(100.0 * double(n) / double(total), 'f', 1);
        QPieSlice* slice = series->append(
            UiTr::tr("%1: %2 (%3 %)").arg(name, QLocale().toString(n), share), qreal(n));
        connect(slice, &QPieSlice::hovered, slice, [slice](bool over) {
            slice->setExploded(over);
            if (over)
                QToolTip::showText(QCursor::pos(), slice->label());
            else
                QToolTip::hideText();
        });
        return slice;
    };
    for (int d = 0; d < int(m_figures.byDecision.size()); ++d) {
        const qint64 n = m_figures.byDecision[std::size_t(d)];
        if (n == 0)
            continue;
        const auto decision = static_cast<FinalDecision>(d);
        QPieSlice* slice = addSlice(finalDecisionLabel(decision), n);
        connect(slice, &QPieSlice::clicked, this, [this, f, decision] {
            ClaimQuery q = f.claimQuery();
            q.decision = decision;
            Q_EMIT claimsRequested(
                q, UiTr::tr("Claims decided %1").arg(finalDecisionLabel(decision)));
        });
    }
    if (m_figures.undecided > 0)
        addSlice(UiTr::tr("Not decided"), m_figures.undecided);
    chart->addSeries(series);
    // Beside the pie, one entry a line: below it they would share a line and be cut.
    QLegend* legend = chart->legend();
    legend->setAlignment(Qt::AlignRight);
    legend->setShowToolTips(true);
    // Wide enough for its longest entry (the layout would otherwise cut it short).
    const QFontMetrics metrics(legend->font());
    int widest = 0;
    for (const QPieSlice* slice : series->slices())
        widest = std::max(widest, metrics.horizontalAdvance(slice->label()));
    legend->setMinimumWidth(widest + 4 * metrics.height());
}

void ManagerArea::drawRisk()
{
    QChart* chart = m_views[RiskChart]->chart();
    Charts::clear(chart);
    auto* set = new QBarSet(UiTr::tr("Claims"));
    QStringList levels;
    const RiskLevel order[]
        = { RiskLevel::None, RiskLevel::Low, RiskLevel::Medium, RiskLevel::High };
    for (RiskLevel level : order) {
        levels << (level == RiskLevel::None ? UiTr::tr("None") : riskLevelLabel(level));
        *set << qreal(m_figures.byRisk[static_cast<std::size_t>(level)]);
    }
    const FigureFilter f = m_figures.filter;
    connect(set, &QBarSet::clicked, this, [this, f, order, levels](int index) {
        if (index < 0 || index >= 4)
            return;
        ClaimQuery q = f.claimQuery();
        q.risk = order[index];
        Q_EMIT claimsRequested(q, UiTr::tr("Claims at risk level %1").arg(levels[index]));
    });
    Charts::tipBars(set, [this, set, levels](int index) {
        return UiTr::tr("%1: %Ln claim(s)", nullptr, int(set->at(index))).arg(levels.value(index));
    });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    Charts::addBars(chart, series, levels);
    chart->legend()->hide();
}

void ManagerArea::drawBacklog()
{
    QChart* chart = m_views[BacklogChart]->chart();
    Charts::clear(chart);
    auto* set = new QBarSet(UiTr::tr("Open claims"));
    QStringList ages; // in words, for tooltips and the Review banner
    QStringList spans; // in figures, short enough for the axis ("8-14", "31+")
    const QLocale locale;
    for (int a = 0; a < BacklogAgeCount; ++a) {
        const auto age = static_cast<BacklogAge>(a);
        ages << backlogAgeLabel(age);
        const auto [youngest, eldest] = backlogAgeDays(age);
        spans << (a + 1 < BacklogAgeCount
                ? QStringLiteral("%1-%2").arg(locale.toString(youngest), locale.toString(eldest))
                : locale.toString(youngest) + u'+');
        *set << qreal(m_figures.backlogByAge[std::size_t(a)]);
    }
    const FigureFilter f = m_figures.filter;
    connect(set, &QBarSet::clicked, this, [this, f, ages](int index) {
        if (index < 0 || index >= BacklogAgeCount)
            return;
        Q_EMIT claimsRequested(
            f.backlogQuery(index), UiTr::tr("Open claims waiting %1").arg(ages[index]));
    });
    Charts::tipBars(set, [this, set, ages](int index) {
        return UiTr::tr("Waiting %1: %Ln claim(s)", nullptr, int(set->at(index)))
            .arg(ages.value(index));
    });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    Charts::addBars(chart, series, spans);
    chart->axes(Qt::Vertical).constFirst()->setTitleText(UiTr::tr("Days waiting"));
    chart->legend()->hide();
}

bool ManagerArea::saveChart(Chart chart, const QString& path, QString* error) const
{
    const QPixmap image = m_views[chart]->grab();
    if (image.save(path, "PNG"))
        return true;
    if (error)
        *error = UiTr::tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
    return false;
}

void ManagerArea::askToSave(Chart chart)
{
    const QString name
        = m_views[chart]->chart()->title().toLower().replace(u' ', u'-') + QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(
        this, UiTr::tr("Save chart"), name, UiTr::tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveChart(chart, path, &error))
        QMessageBox::warning(this, UiTr::tr("Save chart"), error);
}

} // namespace ClaimDesk
