"""Hand-written parts of mad's benign breadth set (assembled by ``scripts/data/benign_breadth.py``).

Every prompt, document, snippet and exchange in these modules was written for mad; none is copied
from a dataset, benchmark, website or other project.
"""
