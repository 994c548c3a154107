from ecomplaint.cli.main import main

raise SystemExit(main())
