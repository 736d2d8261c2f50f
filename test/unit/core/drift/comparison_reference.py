import numpy as np, scipy.stats as st
from scipy.spatial.distance import jensenshannon
# Deterministic samples: the same formulas the test rebuilds in TypeScript.
n1, n2 = 800, 600
b = np.array([((i * 7919) % 1000) / 100.0 for i in range(n1)])            # 0..9.99
c = np.array([((i * 104729) % 1000) / 100.0 * 1.1 + 0.5 for i in range(n2)])
edges = np.unique(np.percentile(b, np.linspace(0, 100, 11))[1:-1])
def counts(x):
    idx = np.searchsorted(edges, x, side='right')
    return np.bincount(idx, minlength=len(edges) + 1)
bc, cc = counts(b), counts(c)
bs, cs = bc / bc.sum(), cc / cc.sum()
bs2 = np.where(bs == 0, 1e-6, bs); cs2 = np.where(cs == 0, 1e-6, cs)
psi = np.sum((cs2 - bs2) * np.log(cs2 / bs2))
ks = st.ks_2samp(b, c)
w = st.wasserstein_distance(b, c)
print(repr(list(edges)))
print('psi', repr(psi)); print('ks', repr(ks.statistic), repr(ks.pvalue)); print('w', repr(w), 'wn', repr(w / max(np.std(b), 0.001)))
print('js', repr(jensenshannon(bc, cc, base=2)))
# categorical
cb = np.array([400, 300, 100, 0]); ccat = np.array([250, 250, 80, 20])
chi = st.chi2_contingency(np.vstack([cb[:3].tolist() + [0], ccat]) [:, :], correction=True) if False else st.chi2_contingency(np.vstack([cb, ccat])[:, [0,1,2,3]])
print('chi', repr(chi[0]), repr(chi[1]), chi[2])
print('jscat', repr(jensenshannon(cb, ccat, base=2)))
sb = cb / cb.sum(); sc = ccat / ccat.sum(); sb2 = np.where(sb == 0, 1e-6, sb); sc2 = np.where(sc == 0, 1e-6, sc)
print('psicat', repr(np.sum((sc2 - sb2) * np.log(sc2 / sb2))))
