#!/usr/bin/env bash
# A throwaway Dovecot IMAP server for the tests: its own configuration, a
# self-signed certificate, one login and Maildirs in a folder, IMAPS on
# 127.0.0.1 only. Never a system service.
#   throwaway-dovecot.sh start DIR [PORT]  creates DIR, starts the server, waits until it answers
#   throwaway-dovecot.sh stop DIR          stops it and removes DIR
# The tests reach it as imaps://127.0.0.1:PORT/ (PORT in DIR/port), login
# "adjuster", password in DIR/password, certificate in DIR/cert.pem; the
# Maildir of the login is DIR/mail/adjuster.
set -euo pipefail

action=${1:?start or stop}
dir=${2:?a folder}
dovecot=/usr/sbin/dovecot
[[ -x "$dovecot" ]] || { echo "Dovecot not found (package dovecot-imapd)" >&2; exit 1; }

stop_server() {
    if [[ -f "$dir/dovecot.conf" ]]; then
        "$dovecot" -c "$dir/dovecot.conf" stop >/dev/null 2>&1 || true
        for _ in $(seq 50); do [[ -e "$dir/run/master.pid" ]] || break; sleep 0.1; done
    fi
}

case "$action" in
start)
    port=${3:-$((20000 + RANDOM % 20000))}
    stop_server
    rm -rf "$dir"
    # As root, Dovecot runs its logins and mail processes as its own system users
    # (it refuses root); the Maildir then belongs to the mail user, and the tests,
    # as root, still write into it.
    if [[ $(id -u) -eq 0 ]]; then
        login_user=dovenull internal_user=dovecot mail_user=dovecot
    else
        login_user=$(id -un) internal_user=$(id -un) mail_user=$(id -un)
    fi
    mkdir -p -m 711 "$dir"
    mkdir -p "$dir/run" "$dir/mail"
    password=$(head -c 12 /dev/urandom | base64 | tr -d '/+=')
    echo "$password" >"$dir/password"
    echo "$port" >"$dir/port"
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=127.0.0.1 \
        -addext subjectAltName=IP:127.0.0.1 \
        -keyout "$dir/key.pem" -out "$dir/cert.pem" >/dev/null 2>&1
    echo "adjuster:{PLAIN}$password:::::" >"$dir/users"
    cat >"$dir/dovecot.conf" <<CONF
base_dir = $dir/run
state_dir = $dir/state
log_path = $dir/dovecot.log
protocols = imap
listen = 127.0.0.1
default_login_user = $login_user
default_internal_user = $internal_user
default_internal_group = $(id -gn "$internal_user")
ssl = required
ssl_cert = <$dir/cert.pem
ssl_key = <$dir/key.pem
auth_mechanisms = plain
passdb {
  driver = passwd-file
  args = scheme=PLAIN $dir/users
}
userdb {
  driver = static
  args = uid=$(id -u "$mail_user") gid=$(id -g "$mail_user") home=$dir/mail/%u
}
mail_location = maildir:$dir/mail/%u/Maildir
first_valid_uid = 0
service imap-login {
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $port
    ssl = yes
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
CONF
    mkdir -p "$dir/state" "$dir/mail/adjuster/Maildir"/{cur,new,tmp}
    chown -R "$mail_user:" "$dir/mail"
    # its own output closed: a caller waiting for the end of it (ctest) would wait for the server
    "$dovecot" -c "$dir/dovecot.conf" </dev/null >"$dir/start.log" 2>&1 \
        || { cat "$dir/start.log" "$dir/dovecot.log" >&2 2>/dev/null; exit 1; }
    for _ in $(seq 100); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then exit 0; fi
        sleep 0.1
    done
    echo "Dovecot did not start listening on 127.0.0.1:$port" >&2
    cat "$dir/dovecot.log" >&2 2>/dev/null
    exit 1
    ;;
stop)
    stop_server
    rm -rf "$dir"
    ;;
*)
    echo "usage: $0 start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
