#!/usr/bin/env bash
# A throw-away PostgreSQL on loopback for the postgres profile's tests (issue 15), from Debian's postgresql package:
#   postgres.sh start <folder> <port>   a new cluster in <folder>, databases "samspar", "samspar_move" (MoveToPostgresIT)
#                                       and "samspar_cluster" (ClusterFailoverIT)
#                                       and role "samspar" (password "samspar")
#   postgres.sh stop <folder>           stops it (the folder stays for a look after a failure; mvn clean removes it)
# As root (CI), the server runs as the package's user "postgres": PostgreSQL refuses to run as root.
set -euo pipefail
action=$1
folder=$(realpath -m "$2")
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed: apt-get install postgresql (Debian's package)" >&2
    exit 1
fi
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
start)
    port=$3
    if [ -f "$folder/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$folder/data" -m immediate stop || true; fi
    rm -rf "$folder"
    mkdir -p "$folder"
    [ "$(id -u)" = 0 ] && chown postgres: "$folder"
    as_owner "$bin/initdb" -D "$folder/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log"
    as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $folder -c fsync=on -c max_connections=200" start >/dev/null
    as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -q \
        -c "CREATE ROLE samspar LOGIN PASSWORD 'samspar'" -c "CREATE DATABASE samspar OWNER samspar" \
        -c "CREATE DATABASE samspar_move OWNER samspar" -c "CREATE DATABASE samspar_cluster OWNER samspar"
    echo "PostgreSQL on 127.0.0.1:$port, folder $folder"
    ;;
stop)
    if [ -f "$folder/data/postmaster.pid" ]; then as_owner "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null; fi
    ;;
*)
    echo "usage: postgres.sh start <folder> <port> | stop <folder>" >&2
    exit 2
    ;;
esac
