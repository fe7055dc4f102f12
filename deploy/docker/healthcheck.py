"""Container health check: exit 0 when /readyz answers 200 (ready to take work), else 1.

Python rather than curl, so the slim image needs no extra package.
"""

import os
import sys
import urllib.request

url = f"http://127.0.0.1:{os.environ.get('MAD_PORT', '8000')}/readyz"
try:
    with urllib.request.urlopen(url, timeout=4) as response:
        sys.exit(0 if response.status == 200 else 1)
except OSError:  # refused, timed out, or HTTP 503 while loading or draining
    sys.exit(1)
