#pragma once

#include "WorkArea.h"
#include "domain/DatabaseLocation.h"
#include "domain/PortalSubmission.h"

class QCheckBox;
class QComboBox;
class QTimer;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableWidget;
class QWebEngineProfile;
class QWebEngineView;

namespace ClaimDesk {

class PortalDesk;
class PortalFilingJob;
class PortalPage;
struct FilingResult;
struct StatusRead;

// The Portal tab: approved claims filed on an insurer's portal in a page the
// adjuster watches (and may take over: a run that needs attention leaves the
// page where it stopped, and "Filed by hand..." records the reference read
// there). Submit approved claims files every approved claim not yet filed, with
// progress and Cancel (Esc); Check status reads the status page (and, when chosen, every hour). The
// password comes from the keychain (Admin > Insurer portals keeps it). UI thread; the book through
// PortalDesk and PortalFilingJob, on their workers.
class PortalArea final : public WorkArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalArea)

public:
    PortalArea(DatabaseLocation location, QWidget* parent = nullptr);
    ~PortalArea() override;

    void refresh() override;
    QString currentClaimId() const override { return m_currentClaim; }

    // Files these claims on the portal chosen (Review > To portal).
    void submit(const QStringList& claimIds);
    // Review's To portal: asks on which portal, then files the claim there.
    void submitFromReview(const QString& claimId);
    bool isRunning() const;

protected:
    void showEvent(QShowEvent* event) override;

signals:
    void bookChanged();
    void claimRequested(const QString& claimId);

private:
    void buildView();
    void ensureBrowser();
    void submitWaiting();
    void checkStatus();
    void fileByHand();
    void withPassword(std::function<void(const QString& portal, const QString& password)> then);
    void started(int total);
    void showResult(const FilingResult& result);
    void showStatus(const StatusRead& read);
    void addRow(const QString& claimId, const QString& outcome, const QString& detail);
    void setBusy(bool busy);
    QString portalName() const;
    QString actor() const;

    DatabaseLocation m_location;
    PortalDesk* m_desk;
    // Made when the area is first shown or asked to file (ensureBrowser).
    QWebEngineProfile* m_profile = nullptr;
    QWebEngineView* m_view = nullptr;
    PortalPage* m_page = nullptr;
    PortalFilingJob* m_job = nullptr;
    QSplitter* m_split;
    QLabel* m_placeholder;
    QComboBox* m_portals;
    QPushButton* m_submitWaiting;
    QPushButton* m_check;
    QPushButton* m_byHand;
    QPushButton* m_cancel;
    QCheckBox* m_everyHour;
    QTimer* m_hourly;
    QProgressBar* m_progress;
    QLabel* m_step;
    QTableWidget* m_results;
    QString m_currentClaim;
    QList<InsurerPortal> m_known;
    bool m_asking = false; // a password is being read for the portal chosen
};

} // namespace ClaimDesk
