#pragma once

#include "domain/DatabaseLocation.h"
#include "util/Result.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace ClaimDesk {

class BookMoveJob;
struct TableCopied;

// File > Move this book to a team server: asks for the team book's address
// (a postgresql:// URL of an empty database), moves the desk's whole book there
// on a worker (BookMoveJob) with the rows done and a Cancel, and then offers to
// open the team book. A failed or cancelled move keeps nothing on the server and
// says why; the desk's file is never changed. Closing the dialog while it runs
// cancels the move first. GUI thread.
class MoveBookDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoveBookDialog)

public:
    MoveBookDialog(QString sqlitePath, QWidget* parent = nullptr);

    // Starts the move to `url` without the button (what the button does).
    void moveTo(const QString& url);
    // Cancel: stops a running move (the dialog stays to say so), else closes.
    void reject() override;

Q_SIGNALS:
    // The move ended, well or not; the dialog shows how.
    void moveEnded(bool moved);
    // The user asked to work on the team book now.
    void openRequested(const QString& url);

private:
    void start();
    void showFailure(const QString& message, ClaimDesk::ErrorKind kind);
    void setRunning(bool running);
    void showMoved(const QList<TableCopied>& tables);

    QString m_sqlitePath;
    QString m_movedTo; // the address as typed: what Open the team book opens
    DatabaseLocation m_target; // with the password that worked, in memory only
    bool m_rememberPassword = false;
    BookMoveJob* m_job = nullptr;
    QLineEdit* m_url = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_move = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace ClaimDesk
