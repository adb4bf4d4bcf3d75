#pragma once

#include "PortalRecipe.h"
#include "PortalValues.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWebEnginePage>
#include <functional>

namespace ClaimDesk {

// A web page that hands the files it was told to the portal's file chooser
// (Chromium opens it only for a real click: see PortalRun) and remembers how its
// last page load failed. Lives on the GUI thread, as Qt WebEngine wants.
class PortalPage final : public QWebEnginePage
{
public:
    explicit PortalPage(QWebEngineProfile* profile, QObject* parent = nullptr);

    // The next file chooser gets these, once.
    void setFilesToChoose(const QStringList& files)
    {
        m_files = files;
        m_chooserOpened = false;
    }
    bool chooserOpened() const { return m_chooserOpened; }

    // How the last main-frame load failed: an HTTP status (503), or a network
    // error (negative, Chromium's numbers), with its words; 0 when it did not.
    int lastLoadError() const { return m_lastLoadError; }
    QString lastLoadErrorText() const { return m_lastLoadErrorText; }
    bool lastLoadErrorIsHttp() const { return m_lastLoadErrorIsHttp; }
    void forgetLoadError();

protected:
    QStringList chooseFiles(FileSelectionMode mode, const QStringList& oldFiles,
        const QStringList& acceptedMimeTypes) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString& message,
        int lineNumber, const QString& sourceId) override;
    void javaScriptAlert(const QUrl& securityOrigin, const QString& message) override;
    bool javaScriptConfirm(const QUrl& securityOrigin, const QString& message) override;
    bool javaScriptPrompt(const QUrl& securityOrigin, const QString& message,
        const QString& defaultValue, QString* result) override;

private:
    QStringList m_files;
    bool m_chooserOpened = false;
    int m_lastLoadError = 0;
    QString m_lastLoadErrorText;
    bool m_lastLoadErrorIsHttp = false;
};

// What a run is given: the portal, its recipe, the claim's values (the login and
// password among them) and the claim's files by document category.
struct PortalTask
{
    enum class Mode
    {
        File, // log in, file the claim, read the reference, keep the page as PDF
        LookUp // log in, find the claim on the status page
    };
    Mode mode = Mode::File;
    PortalRecipe recipe;
    QUrl baseUrl;
    PortalValues values;
    QHash<QString, QStringList> files; // category -> local files
};

// One step as it was done, for the audit trail.
struct PortalStepDone
{
    QString key; // "submit[4]"
    QString what; // "fill #amount"
    QDateTime at;
};

// How a run ended.
struct PortalAnswer
{
    enum class End
    {
        Filed, // the portal confirmed: reference and evidence
        Found, // LookUp: the claim is on the status page
        NotFound, // LookUp: the status page says it is not there
        NeedsAttention, // a step could not go on; a person finishes it (screenshot, step)
        Failed // the portal refused or could not be reached; error says which
    };
    End end = End::Failed;
    QString reference;
    QString portalStatus; // Found: the status as the portal words it
    QByteArray evidencePdf; // Filed: the confirmation page
    QImage screenshot; // NeedsAttention (when the page has a view)
    QString stepKey; // where it stopped
    QString step;
    QString error;
    bool passedSubmitPoint = false; // the click that files the claim was made
    bool worthRetrying = false; // the portal was down, slow or unreachable
    QList<PortalStepDone> steps;
};

// Runs one task's recipe on a PortalPage, step by step, and says how it ended.
// Every wait is bounded by the recipe's timeout; a page that shows the portal's
// logged-out form before the claim is filed is logged in again and the claim
// started over, once. Clicks on buttons and links are scripted; an upload's
// click is a mouse click sent to `pointer` (the page's view's focus proxy), as
// Chromium opens a file chooser only for a person's click; without one, uploads
// cannot be done (the run then stops as needing attention). GUI thread only; one run at a
// time per page. finished() comes exactly once, also after cancel().
class PortalRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalRun)

public:
    // `pointer` gives the object that takes the page's mouse events (a view's
    // focusProxy(), which exists only once the page has shown something), or null.
    PortalRun(PortalPage* page, std::function<QObject*()> pointer, QObject* parent = nullptr);

    // The page as a picture, for a run that needs attention (a view's grab()).
    void setSnapshot(std::function<QImage()> snapshot) { m_snapshot = std::move(snapshot); }

    void start(const PortalTask& task);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void stepStarted(int index, int count, const QString& what);
    void finished(const ClaimDesk::PortalAnswer& answer);

private:
    enum class Phase
    {
        Login,
        Submit,
        LookUp
    };
    void runStep();
    void stepDone();
    void nextPhase();
    const PortalStep& step() const { return m_phaseSteps.at(m_index); }

    void open(const QString& target);
    void act();
    void poll();
    void handleProbe(const QVariantMap& probe);
    void click(const QVariantList& rect);
    void upload();
    void readReference(const QString& text);
    void lookUp();
    void finishFiled();

    void pollAgain();
    bool pastDeadline() const
    {
        return m_deadline.hasExpired(m_task.recipe.timeoutSeconds * 1000LL);
    }
    void loggedOut();
    void needsAttention(const QString& why);
    void fail(const QString& why, bool worthRetrying);
    void finish(PortalAnswer::End end);
    void evaluate(const QString& script, std::function<void(const QVariant&)> then);

    QPointer<PortalPage> m_page;
    std::function<QObject*()> m_pointer;
    std::function<QImage()> m_snapshot;
    PortalTask m_task;
    PortalAnswer m_answer;
    Phase m_phase = Phase::Login;
    QList<PortalStep> m_phaseSteps;
    int m_index = 0;
    bool m_running = false;
    bool m_loggedInAgain = false;
    bool m_awaitingLoad = false;
    bool m_probing = false; // a look at the page is out
    bool m_acted = false; // the current step's action was done; now waiting for its effect
    int m_generation = 0; // answers of a script asked before are dropped
    QElapsedTimer m_deadline;
    QElapsedTimer m_sinceUploadClick;
    QTimer m_pollTimer;
    QTimer m_watchdog; // a step that got no answer at all
    QString m_lastUrl; // the page's address at the last look
    QStringList m_uploading;
};

} // namespace ClaimDesk
