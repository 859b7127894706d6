"""Runs one pyftpdlib server for the Ferry test harness (see pyftpdlib.ts).

Started with /usr/bin/python3 because the Debian package python3-pyftpdlib lives there,
not in whatever python3 comes first on PATH.
"""
import argparse
import logging

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler, TLS_FTPHandler
from pyftpdlib.servers import FTPServer


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--port', type=int, required=True)
    parser.add_argument('--passive-min', type=int, required=True)
    parser.add_argument('--passive-max', type=int, required=True)
    parser.add_argument('--root', required=True)
    parser.add_argument('--user', required=True)
    parser.add_argument('--password', required=True)
    parser.add_argument('--tls', choices=['plain', 'explicit'], default='plain')
    parser.add_argument('--cert')
    parser.add_argument('--key')
    args = parser.parse_args()

    logging.basicConfig(level=logging.INFO, format='%(asctime)s %(message)s')
    authorizer = DummyAuthorizer()
    authorizer.add_user(args.user, args.password, args.root, perm='elradfmwMT')
    authorizer.add_anonymous(args.root)

    if args.tls == 'explicit':
        handler = TLS_FTPHandler
        handler.certfile = args.cert
        handler.keyfile = args.key
        handler.tls_control_required = True
        handler.tls_data_required = True
    else:
        handler = FTPHandler
    handler.authorizer = authorizer
    handler.passive_ports = range(args.passive_min, args.passive_max + 1)
    handler.masquerade_address = None
    handler.banner = 'pyftpdlib ready (Ferry test harness).'

    server = FTPServer(('127.0.0.1', args.port), handler)
    server.serve_forever()


if __name__ == '__main__':
    main()
