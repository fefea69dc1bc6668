"""Models: the neural weights the analysis loads, and how they are run.

* ``resources.py`` — finding and loading slovnet/navec weights from the natasha wheel and the
  pymorphy3 analyzer, once per process;
* ``cnn.py`` — a faster numpy executor for slovnet's morph and NER tag models;
* ``batching.py`` — grouping sentences for the taggers, longest first;
* ``blas.py`` — OpenBLAS thread control (one thread per batch: the matrices are small);
* ``syntax.py`` — slovnet's dependency parser (used by an evaluation experiment only).
"""
