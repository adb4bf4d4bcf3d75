#pragma once

#include "decision/RuleSet.h"
#include "domain/DatabaseLocation.h"
#include "util/Result.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QTemporaryDir>

class QLabel;
class QPushButton;
class QWebEngineView;

namespace ClaimDesk {

// A claim's dossier (ClaimDossier's HTML) in a Qt WebEngine view, with
// "Save as PDF" (QWebEnginePage::printToPdf, A4). The page is loaded from a
// private temporary file rather than setHtml, which caps content at 2 MB and
// embedded thumbnails can exceed that.
class DossierView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierView)

public:
    DossierView(DatabaseLocation location, RuleSet rules, QWidget* parent = nullptr);

    // Builds the dossier on a worker thread, then loads it; `loaded` tells how
    // it went (a claim that cannot be read shows the reason in the window).
    void showClaim(const QString& claimId);
    QString claimId() const { return m_claimId; }
    // Writes the PDF in the background; `pdfSaved` tells how it went.
    void saveAsPdf(const QString& path);

Q_SIGNALS:
    void loaded(bool ok);
    void pdfSaved(const QString& path, bool ok);

private:
    void askWhereToSave();
    void load(const Result<QString>& html);

    DatabaseLocation m_location;
    RuleSet m_rules;
    QString m_claimId;
    QTemporaryDir m_dir;
    QFutureWatcher<Result<QString>> m_building;
    QWebEngineView* m_view = nullptr;
    QLabel* m_state = nullptr;
    QPushButton* m_savePdf = nullptr;
};

} // namespace ClaimDesk
