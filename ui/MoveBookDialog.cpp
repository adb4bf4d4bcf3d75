#include "MoveBookDialog.h"

#include "TeamPasswordDialog.h"
#include "UiTr.h"
#include "team/BookMoveJob.h"
#include "team/TeamPasswords.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace ClaimDesk {

MoveBookDialog::MoveBookDialog(QString sqlitePath, QWidget* parent)
    : QDialog(parent)
    , m_sqlitePath(std::move(sqlitePath))
{
    setWindowTitle(UiTr::tr("Move this book to a team server"));
    m_job = new BookMoveJob(this);
    auto* intro
        = new QLabel(UiTr::tr("Copies this desk's whole book (claims, documents, history, "
                              "log) into an empty book on a PostgreSQL server and sets up the "
                              "team's roles there. IDs are kept; every table is checked; "
                              "either everything arrives or nothing does. This desk's file "
                              "stays as it is."),
            this);
    intro->setWordWrap(true);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("teamBookUrl"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://owner@server/claims"));
    auto* urlLabel = new QLabel(UiTr::tr("&Team book (a login that may create roles):"), this);
    urlLabel->setBuddy(m_url);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("moveProgress"));
    // the room for the progress and the outcome is kept from the start: a dialog
    // that grew while moving would squeeze its wrapped text instead
    QSizePolicy keepRoom = m_progress->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepRoom);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("moveStatus"));
    m_status->setWordWrap(true);
    m_status->setMinimumHeight(3 * m_status->fontMetrics().lineSpacing());
    m_status->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    m_buttons = buttons;
    m_move = buttons->addButton(UiTr::tr("&Move"), QDialogButtonBox::AcceptRole);
    m_move->setObjectName(QStringLiteral("startMove"));
    // made when there is a team book to open (a button box shows every button it holds)
    m_open = new QPushButton(UiTr::tr("&Open the team book"), this);
    m_open->setObjectName(QStringLiteral("openTeamBook"));
    m_open->hide();
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_move, &QPushButton::clicked, this, [this] { moveTo(m_url->text().trimmed()); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        Q_EMIT openRequested(m_movedTo);
        accept();
    });
    connect(m_close, &QPushButton::clicked, this, &MoveBookDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(urlLabel);
    layout->addWidget(m_url);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    connect(m_job, &BookMoveJob::progressChanged, this, [this](qint64 done, qint64 rows) {
        // rows as a share: a QProgressBar counts in int
        m_progress->setRange(0, 1000);
        m_progress->setValue(rows > 0 ? int(done * 1000 / rows) : 0);
        m_progress->setFormat(
            UiTr::tr("%1 of %2 rows").arg(QLocale().toString(done), QLocale().toString(rows)));
    });
    connect(m_job, &BookMoveJob::finished, this, &MoveBookDialog::showMoved);
    connect(m_job, &BookMoveJob::stopped, this, [this] {
        setRunning(false);
        m_status->setText(
            UiTr::tr("Stopped: none of the book was moved (the team's roles, set up on "
                     "the server first, stay)."));
        Q_EMIT moveEnded(false);
    });
    connect(m_job, &BookMoveJob::failed, this, &MoveBookDialog::showFailure);
}

void MoveBookDialog::moveTo(const QString& url)
{
    if (m_job->isRunning())
        return;
    const DatabaseLocation target = DatabaseLocation::fromString(url);
    if (!target.isPostgres()) {
        m_status->setText(UiTr::tr("A team book is named by a postgresql:// address, such as "
                                   "postgresql://owner@server/claims."));
        m_url->setFocus();
        return;
    }
    m_url->setText(url);
    m_movedTo = url;
    m_target = target;
    start();
}

void MoveBookDialog::start()
{
    setRunning(true);
    m_status->setText(UiTr::tr("Moving into %1...").arg(m_target.displayName()));
    m_job->start(m_target, m_sqlitePath);
}

// A server that wants a password is given the keychain's, else the person's
// (kept if they say so), and the move starts again.
void MoveBookDialog::showFailure(const QString& message, ErrorKind kind)
{
    setRunning(false);
    if (kind == ErrorKind::Unauthenticated) {
        if (const auto stored = TeamPasswords::withStoredPassword(m_target)) {
            m_target = *stored;
            return start();
        }
        bool remember = false;
        if (const auto password = TeamPasswordDialog::ask(m_target, message, &remember)) {
            m_target.postgresUrl.setPassword(*password);
            m_rememberPassword = remember;
            return start();
        }
    }
    m_status->setText(UiTr::tr("Nothing was moved: %1").arg(message));
    Q_EMIT moveEnded(false);
}

void MoveBookDialog::showMoved(const QList<TableCopied>& tables)
{
    setRunning(false);
    if (m_rememberPassword) {
        if (const QString problem = TeamPasswords::store(m_target, m_target.postgresUrl.password());
            !problem.isEmpty())
            QMessageBox::warning(this, UiTr::tr("Password not kept"),
                UiTr::tr("The password was not kept in the keychain: %1").arg(problem));
    }
    qint64 rows = 0;
    for (const TableCopied& t : tables)
        rows += t.rows;
    m_status->setText(
        UiTr::tr("Moved %1 rows in %2 tables into %3, every table checked. People are "
                 "added in Admin > Users on the team book.")
            .arg(QLocale().toString(rows))
            .arg(tables.size())
            .arg(m_target.displayName()));
    // the box shows every button it lays out: Move is hidden after Open joins it
    m_buttons->addButton(m_open, QDialogButtonBox::AcceptRole);
    m_open->show();
    m_move->hide();
    m_open->setDefault(true);
    m_close->setText(UiTr::tr("Close"));
    Q_EMIT moveEnded(true);
}

void MoveBookDialog::setRunning(bool running)
{
    m_url->setEnabled(!running);
    m_move->setEnabled(!running);
    m_progress->setVisible(running);
    if (running)
        m_progress->setRange(0, 0); // busy until the first rows are counted
}

// Cancel while moving stops the move (the dialog stays to say so); otherwise closes.
void MoveBookDialog::reject()
{
    if (m_job->isRunning()) {
        m_status->setText(UiTr::tr("Stopping; none of the book will be kept..."));
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace ClaimDesk
