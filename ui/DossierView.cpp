#include "DossierView.h"

#include "UiTr.h"
#include "export/ClaimDossier.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPageLayout>
#include <QPageSize>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <QtConcurrent>

namespace ClaimDesk {

DossierView::DossierView(DatabaseLocation location, RuleSet rules, QWidget* parent)
    : QDialog(parent)
    , m_location(std::move(location))
    , m_rules(std::move(rules))
{
    setWindowTitle(UiTr::tr("Claim dossier"));
    // A page's width, and no taller than the screen it opens on.
    const QRect room = screen()->availableGeometry();
    resize(std::min(900, room.width()), std::min(1000, room.height() - 40));
    m_view = new QWebEngineView(this);
    m_view->setObjectName(QStringLiteral("dossierPage"));
    m_state = new QLabel(this);
    m_savePdf = new QPushButton(UiTr::tr("Save as &PDF..."), this);
    m_savePdf->setEnabled(false);
    connect(m_savePdf, &QPushButton::clicked, this, &DossierView::askWhereToSave);
    auto* close = new QPushButton(UiTr::tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_view, &QWebEngineView::loadFinished, this, [this](bool ok) {
        m_savePdf->setEnabled(ok);
        m_state->setText(ok ? QString() : UiTr::tr("The dossier could not be shown."));
        Q_EMIT loaded(ok);
    });
    connect(m_view->page(), &QWebEnginePage::pdfPrintingFinished, this,
        [this](const QString& path, bool ok) {
            m_savePdf->setEnabled(true);
            m_state->setText(ok ? UiTr::tr("Saved %1").arg(QDir::toNativeSeparators(path))
                                : UiTr::tr("The PDF could not be written to %1")
                                      .arg(QDir::toNativeSeparators(path)));
            Q_EMIT pdfSaved(path, ok);
        });

    connect(&m_building, &QFutureWatcher<Result<QString>>::finished, this,
        [this] { load(m_building.result()); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    buttons->addWidget(m_savePdf);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void DossierView::showClaim(const QString& claimId)
{
    m_savePdf->setEnabled(false);
    m_claimId = claimId;
    setWindowTitle(UiTr::tr("Claim dossier %1").arg(claimId));
    m_state->setText(UiTr::tr("Loading..."));
    // Thumbnails mean decoding every photo and rendering PDF pages: off the UI
    // thread, on a connection of the worker's own.
    m_building.setFuture(QtConcurrent::run(&ClaimDossier::htmlAt, m_location, m_rules, claimId));
}

void DossierView::load(const Result<QString>& html)
{
    if (!html) {
        m_state->setText(html.error());
        Q_EMIT loaded(false);
        return;
    }
    QFile file(m_dir.filePath(QStringLiteral("dossier.html")));
    if (!m_dir.isValid() || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(html->toUtf8()) < 0) {
        m_state->setText(UiTr::tr("The dossier could not be prepared: %1").arg(file.errorString()));
        Q_EMIT loaded(false);
        return;
    }
    file.close();
    m_view->load(QUrl::fromLocalFile(file.fileName()));
}

void DossierView::saveAsPdf(const QString& path)
{
    m_savePdf->setEnabled(false);
    m_state->setText(UiTr::tr("Writing the PDF..."));
    const QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12),
        QPageLayout::Millimeter);
    m_view->page()->printToPdf(path, a4);
}

void DossierView::askWhereToSave()
{
    const QString path = QFileDialog::getSaveFileName(this, UiTr::tr("Save the dossier as PDF"),
        QStringLiteral("%1.pdf").arg(m_claimId), UiTr::tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveAsPdf(path);
}

} // namespace ClaimDesk
