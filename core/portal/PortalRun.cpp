#include "PortalRun.h"

#include "PortalTr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>

Q_LOGGING_CATEGORY(lcPortal, "claimdesk.portal")

namespace ClaimDesk {

namespace {

constexpr int PollMs = 100;
// After a click, the page it may load starts within this; the next step waits.
constexpr int SettleAfterClickMs = 150;
// A file chooser that did not open by then: its click was dropped, click again.
constexpr int UploadClickAgainMs = 1000;
// A step's wait and then this before the watchdog ends a run whose page is stuck.
constexpr int WatchdogSlackSeconds = 10;

// The strings as JavaScript literals: a JSON array's elements.
QString jsArgs(const QStringList& args)
{
    const QByteArray json
        = QJsonDocument(QJsonArray::fromStringList(args)).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// What the page shows of the step's target, its refusal and the logged-out form.
const char* const ProbeScript = R"js(
(function (target, failWhen, loggedOut) {
    var q = function (s) { try { return s ? document.querySelector(s) : null; } catch (e) { return null; } };
    var text = function (e) { return (e.innerText || e.textContent || e.value || '').trim(); };
    var e = q(target), f = q(failWhen);
    return { found: !!e, text: e ? text(e) : '', files: e && e.files ? e.files.length : -1,
             fail: f ? text(f) : null, out: !!q(loggedOut), url: location.href };
})(%1))js";

const char* const FillScript = R"js(
(function (target, value) {
    var e = document.querySelector(target);
    if (!e) return 'missing';
    e.focus();
    var proto = e instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value').set.call(e, value);
    e.dispatchEvent(new Event('input', { bubbles: true }));
    e.dispatchEvent(new Event('change', { bubbles: true }));
    return 'ok';
})(%1))js";

const char* const ChooseScript = R"js(
(function (target, value) {
    var e = document.querySelector(target);
    if (!e || !e.options) return 'missing';
    for (var i = 0; i < e.options.length; ++i) {
        var o = e.options[i];
        if (o.value === value || o.text.trim() === value) {
            e.value = o.value;
            e.dispatchEvent(new Event('input', { bubbles: true }));
            e.dispatchEvent(new Event('change', { bubbles: true }));
            return 'ok';
        }
    }
    return 'no-option';
})(%1))js";

const char* const RectScript = R"js(
(function (target) {
    var e = document.querySelector(target);
    if (!e) return null;
    e.scrollIntoView({ block: 'center', inline: 'center' });
    var r = e.getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2, r.width, r.height];
})(%1))js";

const char* const ScriptedClick = R"js(
(function (target) { var e = document.querySelector(target); if (e) e.click(); return !!e; })(%1))js";

const char* const LookUpScript = R"js(
(function (row, reference, status, none, loggedOut) {
    var q = function (root, s) { try { return s ? root.querySelector(s) : null; } catch (e) { return null; } };
    var text = function (e) { return e ? (e.innerText || e.textContent || '').trim() : ''; };
    var r = q(document, row);
    if (r) return { row: true, reference: text(q(r, reference)), status: text(q(r, status)) };
    return { row: false, none: !!q(document, none), out: !!q(document, loggedOut) };
})(%1))js";

} // namespace

PortalPage::PortalPage(QWebEngineProfile* profile, QObject* parent)
    : QWebEnginePage(profile, parent)
{
    connect(this, &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo& info) {
        if (info.status() != QWebEngineLoadingInfo::LoadFailedStatus)
            return;
        m_lastLoadErrorIsHttp = info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain;
        m_lastLoadError = info.errorCode() != 0 ? info.errorCode() : -1;
        m_lastLoadErrorText = info.errorString();
    });
}

void PortalPage::forgetLoadError()
{
    m_lastLoadError = 0;
    m_lastLoadErrorText.clear();
    m_lastLoadErrorIsHttp = false;
}

QStringList PortalPage::chooseFiles(
    FileSelectionMode mode, const QStringList& oldFiles, const QStringList& acceptedMimeTypes)
{
    if (m_files.isEmpty()) // a person finishing a run by hand: the usual dialog
        return QWebEnginePage::chooseFiles(mode, oldFiles, acceptedMimeTypes);
    m_chooserOpened = true;
    return std::exchange(m_files, {});
}

// A portal's alert, confirm and prompt never block the run in a modal box:
// an alert is noted, a confirmation ("Submit this claim?") taken as the click's
// own intent, a prompt declined.
void PortalPage::javaScriptAlert(const QUrl&, const QString& message)
{
    qCInfo(lcPortal) << "alert:" << message;
}

bool PortalPage::javaScriptConfirm(const QUrl&, const QString& message)
{
    qCInfo(lcPortal) << "confirmed:" << message;
    return true;
}

bool PortalPage::javaScriptPrompt(const QUrl&, const QString&, const QString&, QString*)
{
    return false;
}

void PortalPage::javaScriptConsoleMessage(
    JavaScriptConsoleMessageLevel, const QString& message, int lineNumber, const QString& sourceId)
{
    // A portal's own chatter; kept out of the application log but for debugging.
    qCDebug(lcPortal) << sourceId << lineNumber << message;
}

PortalRun::PortalRun(PortalPage* page, std::function<QObject*()> pointer, QObject* parent)
    : QObject(parent)
    , m_page(page)
    , m_pointer(std::move(pointer))
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &PortalRun::poll);
    // A page that never answers a script (busy, a dialog, a frame gone) ends the
    // run too: no wait is left without a bound.
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (m_running)
            fail(PortalTr::tr("the portal's page stopped answering"), true);
    });
    connect(page, &QWebEnginePage::loadFinished, this, [this](bool) {
        if (!m_running || !m_awaitingLoad || m_page->isLoading())
            return;
        m_awaitingLoad = false;
        m_pollTimer.stop();
        poll(); // says how the load went
    });
    connect(page, &QWebEnginePage::renderProcessTerminated, this, [this] {
        if (m_running)
            fail(PortalTr::tr("the browser page stopped working"), true);
    });
}

void PortalRun::start(const PortalTask& task)
{
    Q_ASSERT(!m_running);
    m_task = task;
    m_answer = {};
    m_running = true;
    m_loggedInAgain = false;
    // Every run logs in with the recipe's login steps, whatever session the page
    // still holds (its cookies are not cleared: the cookie store's clearing is not
    // ordered with the page's next requests, and could end the new session).
    m_phase = Phase::Login;
    m_phaseSteps = m_task.recipe.login;
    m_index = 0;
    runStep();
}

void PortalRun::cancel()
{
    if (!m_running)
        return;
    fail(PortalTr::tr("cancelled"), false); // first: the stop's own answer is not the run's
    m_page->triggerAction(QWebEnginePage::Stop);
}

void PortalRun::runStep()
{

    if (!m_running)
        return;
    if (m_index >= m_phaseSteps.size()) {
        nextPhase();
        return;
    }
    ++m_generation;
    m_pollTimer.stop();
    m_watchdog.start((m_task.recipe.timeoutSeconds + WatchdogSlackSeconds) * 1000);
    m_probing = false;
    m_acted = false;
    m_deadline.start();
    emit stepStarted(m_index, m_phaseSteps.size(), step().describe());
    if (step().kind == PortalStep::Kind::Open)
        open(step().target);
    else
        poll();
}

void PortalRun::stepDone()
{
    m_answer.steps << PortalStepDone { step().key, step().recipeText(),
        QDateTime::currentDateTimeUtc() };
    ++m_index;
    runStep();
}

void PortalRun::nextPhase()
{
    switch (m_phase) {
    case Phase::Login:
        if (m_task.mode == PortalTask::Mode::LookUp) {
            m_phase = Phase::LookUp;
            PortalStep open;
            open.kind = PortalStep::Kind::Open;
            open.target = m_task.recipe.status.open;
            open.key = QStringLiteral("status.open");
            m_phaseSteps = { open };
        } else {
            m_phase = Phase::Submit;
            m_phaseSteps = m_task.recipe.submit;
        }
        m_index = 0;
        runStep();
        return;
    case Phase::Submit:
        finishFiled();
        return;
    case Phase::LookUp:
        ++m_generation;
        m_deadline.start();
        m_watchdog.start((m_task.recipe.timeoutSeconds + WatchdogSlackSeconds) * 1000);
        lookUp();
        return;
    }
}

void PortalRun::open(const QString& target)
{
    const auto path = m_task.values.fill(target);
    if (!path) {
        needsAttention(path.error());
        return;
    }
    const QUrl url = m_task.baseUrl.resolved(QUrl(*path));
    if (url.scheme() != m_task.baseUrl.scheme() || url.host() != m_task.baseUrl.host()
        || url.port() != m_task.baseUrl.port()) {
        fail(PortalTr::tr("the recipe opens %1, which is not on the portal %2")
                 .arg(url.toDisplayString(), m_task.baseUrl.toDisplayString()),
            false);
        return;
    }
    m_page->forgetLoadError();
    m_awaitingLoad = true;
    m_page->load(url);
    m_pollTimer.start(PollMs); // watches the deadline while the page loads
}

void PortalRun::poll()
{
    if (!m_running)
        return;
    if (m_page->lastLoadError() != 0) {
        const int code = m_page->lastLoadError();
        const QString what = m_page->lastLoadErrorIsHttp()
            ? PortalTr::tr("the portal answered HTTP %1").arg(code)
            : PortalTr::tr("the portal could not be reached (%1)").arg(m_page->lastLoadErrorText());
        // 5xx and network trouble pass; a 4xx is the portal's answer.
        fail(what, !m_page->lastLoadErrorIsHttp() || code >= 500 || code == 429 || code == 408);
        return;
    }
    if (m_awaitingLoad || m_page->isLoading()) {
        if (pastDeadline())
            fail(PortalTr::tr("the portal's page did not load within %n second(s)", nullptr,
                     m_task.recipe.timeoutSeconds),
                true);
        else
            pollAgain();
        return;
    }
    if (m_phase == Phase::LookUp && m_index >= m_phaseSteps.size()) {
        lookUp();
        return;
    }
    const PortalStep& s = step();
    if (s.kind == PortalStep::Kind::Open) { // loaded
        stepDone();
        return;
    }
    // One look at a time: a timer and a page load may both ask for one.
    if (m_probing)
        return;
    m_probing = true;
    const QString target = s.kind == PortalStep::Kind::WaitForUrl ? QString() : s.target;
    evaluate(QString::fromLatin1(ProbeScript)
                 .arg(jsArgs({ target, s.failWhen, m_task.recipe.loggedOutWhen })),
        [this](const QVariant& v) {
            m_probing = false;
            handleProbe(v.toMap());
        });
}

void PortalRun::pollAgain()
{
    m_pollTimer.start(PollMs);
}

void PortalRun::handleProbe(const QVariantMap& probe)
{
    const PortalStep& s = step();
    m_lastUrl = probe.value(QStringLiteral("url")).toString();
    if (probe.value(QStringLiteral("out")).toBool() && m_phase != Phase::Login) {
        loggedOut();
        return;
    }
    if (!probe.value(QStringLiteral("fail")).isNull()) {
        fail(
            PortalTr::tr("the portal said: %1").arg(probe.value(QStringLiteral("fail")).toString()),
            false);
        return;
    }
    bool found = probe.value(QStringLiteral("found")).toBool();
    if (s.kind == PortalStep::Kind::WaitForUrl)
        found = QRegularExpression(s.target)
                    .match(probe.value(QStringLiteral("url")).toString())
                    .hasMatch();
    if (s.kind == PortalStep::Kind::ReadReference && found) {
        readReference(probe.value(QStringLiteral("text")).toString());
        return;
    }
    if (s.kind == PortalStep::Kind::Upload && found && m_acted) {
        if (probe.value(QStringLiteral("files")).toInt() == m_uploading.size())
            stepDone();
        else if (!m_page->chooserOpened() && m_sinceUploadClick.hasExpired(UploadClickAgainMs)
            && !pastDeadline())
            upload(); // the click was dropped: click again
        else if (pastDeadline())
            needsAttention(PortalTr::tr("the portal's file chooser did not take the files"));
        else
            pollAgain();
        return;
    }
    if (!found) {
        if (!pastDeadline()) {
            pollAgain();
            return;
        }
        const bool isWait
            = s.kind == PortalStep::Kind::WaitFor || s.kind == PortalStep::Kind::WaitForUrl;
        if (isWait)
            fail(PortalTr::tr(
                     "%1 did not come within %n second(s)", nullptr, m_task.recipe.timeoutSeconds)
                     .arg(s.target),
                true);
        else
            needsAttention(PortalTr::tr("%1 is not on the portal's page").arg(s.target));
        return;
    }
    switch (s.kind) {
    case PortalStep::Kind::Fill:
    case PortalStep::Kind::Choose:
        act();
        return;
    case PortalStep::Kind::Click:
        evaluate(QString::fromLatin1(RectScript).arg(jsArgs({ s.target })),
            [this](const QVariant& v) { click(v.toList()); });
        return;
    case PortalStep::Kind::Upload:
        upload();
        return;
    default:
        stepDone();
        return;
    }
}

void PortalRun::act()
{
    const PortalStep& s = step();
    auto value = m_task.values.fill(s.value);
    if (!value) {
        needsAttention(value.error());
        return;
    }
    // A value goes only into the portal's own pages (a redirect elsewhere gets nothing).
    if (QUrl(m_lastUrl).host() != m_task.baseUrl.host()) {
        fail(PortalTr::tr("the page at %1 is not on the portal %2; nothing was filled in")
                 .arg(QUrl(m_lastUrl).host(), m_task.baseUrl.host()),
            false);
        return;
    }
    const QString portalValue = s.valueMap.value(*value, *value);
    const bool secret = s.value.contains(QLatin1String("{password}"));
    const char* script = s.kind == PortalStep::Kind::Fill ? FillScript : ChooseScript;
    evaluate(QString::fromLatin1(script).arg(jsArgs({ s.target, portalValue })),
        [this, portalValue, secret](const QVariant& v) {
            const QString answer = v.toString();
            if (answer == QLatin1String("ok"))
                stepDone();
            else if (answer == QLatin1String("no-option"))
                needsAttention(
                    PortalTr::tr("%1 has no option \"%2\"")
                        .arg(step().target, secret ? QStringLiteral("***") : portalValue));
            else
                needsAttention(PortalTr::tr("%1 is not on the portal's page").arg(step().target));
        });
}

void PortalRun::click(const QVariantList& rect)
{
    const PortalStep& s = step();
    if (rect.size() != 4) {
        needsAttention(PortalTr::tr("%1 is not on the portal's page").arg(s.target));
        return;
    }
    if (s.submits)
        m_answer.passedSubmitPoint = true;
    m_page->forgetLoadError();
    // A scripted click for buttons and links: a mouse click just after a page
    // loaded may be dropped by Chromium (input waits for the first paint). The
    // file chooser alone needs a person's click: a mouse click, tried again
    // until the chooser opens (see handleProbe).
    QObject* pointer = s.kind == PortalStep::Kind::Upload && m_pointer ? m_pointer() : nullptr;
    if (pointer) {
        const QPointF at(rect.at(0).toDouble(), rect.at(1).toDouble());
        // Clicks far apart in time: two on one spot (the same button on the
        // next run's login page) would otherwise count as a double click, which
        // the page takes as a second click of the first, not as a click.
        static ulong clickTime = 0;
        clickTime += 10'000;
        QMouseEvent press(
            QEvent::MouseButtonPress, at, at, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
        press.setTimestamp(clickTime);
        QCoreApplication::sendEvent(pointer, &press);
        QMouseEvent release(
            QEvent::MouseButtonRelease, at, at, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
        release.setTimestamp(clickTime + 50);
        QCoreApplication::sendEvent(pointer, &release);
    } else {
        m_page->runJavaScript(QString::fromLatin1(ScriptedClick).arg(jsArgs({ s.target })));
    }
    if (s.kind == PortalStep::Kind::Upload) {
        m_acted = true;
        m_sinceUploadClick.start();
        pollAgain();
        return;
    }
    const int generation = m_generation;
    QTimer::singleShot(SettleAfterClickMs, this, [this, generation] {
        if (m_running && generation == m_generation)
            stepDone();
    });
}

void PortalRun::upload()
{
    const PortalStep& s = step();
    m_uploading.clear();
    for (const QString& category : s.categories)
        m_uploading << m_task.files.value(category);
    if (m_uploading.isEmpty()) {
        needsAttention(PortalTr::tr("the claim has no document to upload as %1")
                           .arg(s.categories.join(QStringLiteral(", "))));
        return;
    }
    if (!m_pointer || !m_pointer()) {
        needsAttention(PortalTr::tr("uploading needs the portal's browser view"));
        return;
    }
    m_page->setFilesToChoose(m_uploading);
    evaluate(QString::fromLatin1(RectScript).arg(jsArgs({ s.target })),
        [this](const QVariant& v) { click(v.toList()); });
}

void PortalRun::readReference(const QString& text)
{
    const PortalStep& s = step();
    QString reference = text;
    if (!s.pattern.isEmpty()) {
        const QRegularExpressionMatch match = QRegularExpression(s.pattern).match(text);
        reference = !match.hasMatch()        ? QString()
            : match.lastCapturedIndex() >= 1 ? match.captured(1)
                                             : match.captured(0);
    }
    if (!reference.trimmed().isEmpty()) {
        m_answer.reference = reference.trimmed();
        stepDone();
    } else if (pastDeadline()) {
        fail(
            PortalTr::tr("the portal's confirmation shows no reference in %1").arg(s.target), true);
    } else {
        pollAgain();
    }
}

void PortalRun::lookUp()
{
    const PortalStatusLookup& l = m_task.recipe.status;
    QStringList args;
    for (const QString& t : { l.row, l.reference, l.status }) {
        auto filled = m_task.values.fill(t);
        if (!filled) {
            needsAttention(filled.error());
            return;
        }
        args << *filled;
    }
    // "Not there" is believed only when the page says so (`none`): a page still
    // being written, an error page or the login form say nothing, and a claim
    // taken for not filed is filed again.
    args << l.none << m_task.recipe.loggedOutWhen;
    evaluate(QString::fromLatin1(LookUpScript).arg(jsArgs(args)), [this](const QVariant& v) {
        const QVariantMap found = v.toMap();
        if (found.value(QStringLiteral("row")).toBool()) {
            m_answer.reference = found.value(QStringLiteral("reference")).toString();
            m_answer.portalStatus = found.value(QStringLiteral("status")).toString();
            finish(PortalAnswer::End::Found);
        } else if (found.value(QStringLiteral("none")).toBool()) {
            finish(PortalAnswer::End::NotFound);
        } else if (found.value(QStringLiteral("out")).toBool()) {
            fail(PortalTr::tr("the portal logged us out on its status page"), true);
        } else if (pastDeadline()) {
            fail(PortalTr::tr(
                     "the portal's status page shows neither the claim nor that it has none"),
                true);
        } else {
            pollAgain();
        }
    });
}

void PortalRun::finishFiled()
{
    const int generation = ++m_generation;
    // The confirmation as the portal showed it is the evidence; a claim filed
    // without it is still filed (the error says the evidence is missing).
    QTimer::singleShot(m_task.recipe.timeoutSeconds * 1000, this, [this, generation] {
        if (m_running && generation == m_generation) {
            m_answer.error = PortalTr::tr("the confirmation page could not be kept as PDF");
            finish(PortalAnswer::End::Filed);
        }
    });
    QPointer<PortalRun> self(this);
    m_page->printToPdf([self, generation](const QByteArray& pdf) {
        if (!self || !self->m_running || generation != self->m_generation)
            return;
        self->m_answer.evidencePdf = pdf;
        if (pdf.isEmpty())
            self->m_answer.error = PortalTr::tr("the confirmation page could not be kept as PDF");
        self->finish(PortalAnswer::End::Filed);
    });
}

void PortalRun::loggedOut()
{
    if (m_answer.passedSubmitPoint) {
        fail(PortalTr::tr("the portal logged us out after the claim was sent"), true);
        return;
    }
    if (m_loggedInAgain) {
        needsAttention(PortalTr::tr("the portal logged us out again"));
        return;
    }
    m_loggedInAgain = true;
    m_answer.steps << PortalStepDone { step().key,
        step().key + QStringLiteral(": logged out by the portal; logging in again"),
        QDateTime::currentDateTimeUtc() };
    // Logging in again and starting the claim over: nothing was filed yet.
    m_phase = Phase::Login;
    m_phaseSteps = m_task.recipe.login;
    m_index = 0;
    runStep();
}

void PortalRun::needsAttention(const QString& why)
{
    if (m_index < m_phaseSteps.size()) {
        m_answer.stepKey = step().key;
        m_answer.step = step().describe();
    }
    m_answer.error = why;
    if (m_snapshot)
        m_answer.screenshot = m_snapshot();
    finish(PortalAnswer::End::NeedsAttention);
}

void PortalRun::fail(const QString& why, bool worthRetrying)
{

    if (m_index < m_phaseSteps.size()) {
        m_answer.stepKey = step().key;
        m_answer.step = step().describe();
    }
    m_answer.error = why;
    m_answer.worthRetrying = worthRetrying;
    finish(PortalAnswer::End::Failed);
}

void PortalRun::finish(PortalAnswer::End end)
{
    if (!m_running)
        return;
    m_running = false;
    m_awaitingLoad = false;
    m_pollTimer.stop();
    m_watchdog.stop();
    ++m_generation;
    m_answer.end = end;
    emit finished(m_answer);
}

void PortalRun::evaluate(const QString& script, std::function<void(const QVariant&)> then)
{
    QPointer<PortalRun> self(this);
    const int generation = m_generation;
    m_page->runJavaScript(script, [self, generation, then = std::move(then)](const QVariant& v) {
        if (self && self->m_running && generation == self->m_generation)
            then(v);
    });
}

} // namespace ClaimDesk
