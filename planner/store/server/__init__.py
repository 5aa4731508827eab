"""Team mode: the same planner on a shared PostgreSQL server (``pip install 'walkaway[team]'``).

``address`` (standard library only: the command line and the window ask it whether ``--db``
names a server) parses and checks a server address; everything else here loads psycopg and
SQLAlchemy's PostgreSQL dialect, and only in team mode: file mode never imports this package
beyond ``address``. ``store.ServerStore`` is the server backend behind the same methods as
:class:`planner.store.Store`; ``setup`` makes and upgrades the schema, the group role, the
grants and the row-level security policies; ``sharing`` adds and removes a deal's members.
"""
