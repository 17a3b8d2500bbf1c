# Independent reference values for test/core/statistics.test.ts (Python 3, SciPy 1.17, scikit-learn 1.9):
# the exact conditional p-value of the chi-square test by enumerating every 2-row table with the
# observed margins, and Cohen's quadratic-weighted kappa. Run: python3 statistics-reference.py
from math import comb, factorial
import itertools
from scipy.stats import chi2_contingency
def chi2(t):
    r=[sum(x) for x in t]; c=[sum(col) for col in zip(*t)]; n=sum(r); s=0
    for i in range(len(r)):
        for j in range(len(c)):
            e=r[i]*c[j]/n; s+=(t[i][j]-e)**2/e
    return s
def prob(t):
    r=[sum(x) for x in t]; c=[sum(col) for col in zip(*t)]; n=sum(r)
    num=1
    for x in r+c: num*=factorial(x)
    den=factorial(n)
    for row in t:
        for x in row: den*=factorial(x)
    return num/den
def tables(r,c):
    # 2 rows only
    for first in itertools.product(*[range(0,x+1) for x in c]):
        if sum(first)!=r[0]: continue
        yield [list(first),[c[j]-first[j] for j in range(len(c))]]
for t in ([[4,1,0],[0,2,4]], [[5,2,1,0],[1,3,2,4]]):
    r=[sum(x) for x in t]; c=[sum(col) for col in zip(*t)]
    obs=chi2(t); p=sum(prob(u) for u in tables(r,c) if chi2(u)>=obs*(1-1e-7))
    print(t, 'chi2',obs,'exact p',p,'asym', chi2_contingency(t,correction=False)[1])
from sklearn.metrics import cohen_kappa_score
a=[1,2,3,4,5,3,4,2,5,1,3,4,2,2,3,5,4,4,3,1]
b=[1,3,3,4,4,2,4,2,5,2,3,5,2,3,3,4,4,5,2,1]
print('kappa q', repr(cohen_kappa_score(a,b,weights='quadratic')))
